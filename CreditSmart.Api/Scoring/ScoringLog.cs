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
}
