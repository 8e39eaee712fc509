namespace CreditSmart.Api.WarmUp;

/// <summary>The start-up warm-up's log events. Names are stable: operators alert on them.</summary>
internal static partial class WarmUpLog
{
    [LoggerMessage(EventId = 1501, EventName = "warm_up_completed", Level = LogLevel.Information,
        Message = "Warmed the HTTP pipeline with a golden prediction through {Address} in {ElapsedMs} ms")]
    public static partial void Completed(ILogger logger, string address, long elapsedMs);

    [LoggerMessage(EventId = 1502, EventName = "warm_up_failed", Level = LogLevel.Warning,
        Message = "The start-up warm-up did not complete because {Reason}; the first requests will be slower")]
    public static partial void Failed(ILogger logger, string reason, Exception? error);

    [LoggerMessage(EventId = 1503, EventName = "warm_up_skipped", Level = LogLevel.Information,
        Message = "Skipped the start-up warm-up because the server listens on no HTTP address")]
    public static partial void Skipped(ILogger logger);
}
