using System.Text.Json;
using CreditSmart.Api.Scoring;

namespace CreditSmart.Api.ModelSync;

/// <summary>Log events of following the model store. Names are stable: operators alert on them.</summary>
internal static partial class ModelSyncLog
{
    // No exception: the reason says it, and a refused connection's stack trace helps nobody.
    [LoggerMessage(EventId = 1101, EventName = "model_store_unreachable", Level = LogLevel.Warning,
        Message = "The model store cannot be reached ({Reason}); the current model keeps serving")]
    public static partial void StoreUnreachable(ILogger logger, string reason);

    [LoggerMessage(EventId = 1102, EventName = "model_store_reachable", Level = LogLevel.Information,
        Message = "The model store can be reached again")]
    public static partial void StoreReachable(ILogger logger);

    [LoggerMessage(EventId = 1103, EventName = "model_source_selected", Level = LogLevel.Information,
        Message = "Started on model {ModelVersion} from {Source}")]
    public static partial void SourceSelected(ILogger logger, string modelVersion, string source);

    /// <summary>The source named as health and every response name it: <c>last_known_good</c>.</summary>
    public static void SourceSelected(ILogger logger, string modelVersion, ModelSource source) =>
        SourceSelected(logger, modelVersion, JsonNamingPolicy.SnakeCaseLower.ConvertName(source.ToString()));

    [LoggerMessage(EventId = 1104, EventName = "last_known_good_unusable", Level = LogLevel.Warning,
        Message = "The last-known-good model cannot be used because {Reason}")]
    public static partial void LastKnownGoodUnusable(ILogger logger, string reason, Exception? error);
}
