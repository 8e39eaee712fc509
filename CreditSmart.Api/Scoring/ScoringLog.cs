namespace CreditSmart.Api.Scoring;

/// <summary>The scoring component's log events. Names are stable: operators alert on them.</summary>
internal static partial class ScoringLog
{
    [LoggerMessage(EventId = 1001, EventName = "model_loaded", Level = LogLevel.Information,
        Message = "Model {ModelVersion} loaded and warmed in {ElapsedMs} ms (sha256 {ArtifactSha256})")]
    public static partial void ModelLoaded(ILogger logger, string modelVersion, long elapsedMs, string? artifactSha256);

    [LoggerMessage(EventId = 1002, EventName = "model_fallback_used", Level = LogLevel.Warning,
        Message = "Scoring with the rule engine because {Reason}")]
    public static partial void ModelFallbackUsed(ILogger logger, string reason, Exception? error);

    [LoggerMessage(EventId = 1003, EventName = "model_swapped", Level = LogLevel.Information,
        Message = "Swapped model {FromVersion} for {ModelVersion} (sha256 {ArtifactSha256}), loaded and warmed in {ElapsedMs} ms")]
    public static partial void ModelSwapped(
        ILogger logger, string fromVersion, string modelVersion, string? artifactSha256, long elapsedMs);

    [LoggerMessage(EventId = 1004, EventName = "model_rejected", Level = LogLevel.Warning,
        Message = "Rejected model {ModelVersion} from the store because {Reason}; {ServingVersion} keeps serving")]
    public static partial void ModelRejected(
        ILogger logger, string modelVersion, string reason, string servingVersion, Exception? error);
}
