namespace CreditSmart.Api.Observability;

/// <summary>
/// The prediction cache's log events. Only the transitions are logged, so a Redis outage under
/// load writes one warning, not one a request.
/// </summary>
internal static partial class CacheLog
{
    [LoggerMessage(EventId = 1401, EventName = "cache_unavailable", Level = LogLevel.Warning,
        Message = "The prediction cache is unavailable (failed or slower than {TimeoutMs} ms); predictions are scored uncached")]
    public static partial void Unavailable(ILogger logger, double timeoutMs, Exception? exception);

    [LoggerMessage(EventId = 1402, EventName = "cache_resumed", Level = LogLevel.Information,
        Message = "The prediction cache answers again; caching resumes")]
    public static partial void Resumed(ILogger logger);
}
