namespace CreditSmart.Api.Audit;

/// <summary>The audit trail's log events. Names are stable: operators alert on them.</summary>
internal static partial class AuditLog
{
    [LoggerMessage(EventId = 1301, EventName = "audit_trail_opened", Level = LogLevel.Information,
        Message = "Writing decision audit records to {AuditPath}")]
    public static partial void Opened(ILogger logger, string auditPath);

    [LoggerMessage(EventId = 1302, EventName = "audit_record_lost", Level = LogLevel.Error,
        Message = "The audit record of a {Decision} by {ModelVersion} was not written ({Reason})")]
    public static partial void RecordLost(ILogger logger, string decision, string modelVersion, string reason);

    [LoggerMessage(EventId = 1303, EventName = "audit_write_failed", Level = LogLevel.Error,
        Message = "{RecordCount} audit record(s) could not be written to the audit file")]
    public static partial void WriteFailed(ILogger logger, int recordCount, Exception error);
}
