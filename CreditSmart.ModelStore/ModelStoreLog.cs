namespace CreditSmart.ModelStore;

/// <summary>The model store's log events. Names are stable: operators alert on them. No key is ever logged.</summary>
internal static partial class ModelStoreLog
{
    [LoggerMessage(EventId = 2001, EventName = "version_registered", Level = LogLevel.Information,
        Message = "Registered model {ModelVersion} (sha256 {ArtifactSha256})")]
    public static partial void VersionRegistered(ILogger logger, string modelVersion, string artifactSha256);

    [LoggerMessage(EventId = 2002, EventName = "version_refused", Level = LogLevel.Warning,
        Message = "Refused a model upload because {Reason}")]
    public static partial void VersionRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 2003, EventName = "version_promoted", Level = LogLevel.Information,
        Message = "Model {ModelVersion} is now active (before it: {PreviousVersion})")]
    public static partial void VersionPromoted(ILogger logger, string modelVersion, string? previousVersion);

    [LoggerMessage(EventId = 2004, EventName = "version_rolled_back", Level = LogLevel.Information,
        Message = "Rolled back from model {FromVersion} to {ModelVersion}")]
    public static partial void VersionRolledBack(ILogger logger, string? fromVersion, string modelVersion);

    [LoggerMessage(EventId = 2005, EventName = "store_seeded", Level = LogLevel.Information,
        Message = "The store was empty; registered and activated the bundled model {ModelVersion}")]
    public static partial void StoreSeeded(ILogger logger, string modelVersion);

    [LoggerMessage(EventId = 2006, EventName = "seed_failed", Level = LogLevel.Warning,
        Message = "The store is empty and the bundled model could not seed it because {Reason}")]
    public static partial void SeedFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2007, EventName = "version_skipped", Level = LogLevel.Warning,
        Message = "Ignoring the stored folder {Folder} because {Reason}")]
    public static partial void VersionSkipped(ILogger logger, string folder, string reason, Exception? error);

    [LoggerMessage(EventId = 2008, EventName = "active_version_missing", Level = LogLevel.Warning,
        Message = "active.json names {ModelVersion}, which is not in the store")]
    public static partial void PointerToMissingVersion(ILogger logger, string modelVersion);

    [LoggerMessage(EventId = 2009, EventName = "change_refused", Level = LogLevel.Warning,
        Message = "Refused a change to the store: {Reason}")]
    public static partial void ChangeRefused(ILogger logger, string reason);
}
