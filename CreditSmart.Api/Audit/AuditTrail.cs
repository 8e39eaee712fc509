using System.Threading.Channels;
using CreditSmart.Api.Observability;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Audit;

/// <summary>
/// Where the request path leaves its decision records: a bounded queue that the
/// <see cref="AuditWriter"/> drains to disk, so no request ever waits on a write. A record that
/// finds the queue full (or the service stopping) is not silently dropped: it is counted in
/// <c>creditsmart.audit.records_lost</c> and logged as <c>audit_record_lost</c>.
/// </summary>
public sealed class AuditTrail
{
    private readonly Channel<AuditRecord> _queue;
    private readonly CreditSmartMetrics _metrics;
    private readonly ILogger<AuditTrail> _logger;
    private volatile bool _closed;

    public AuditTrail(IOptions<AuditOptions> options, CreditSmartMetrics metrics, ILogger<AuditTrail> logger)
    {
        // Wait mode makes TryWrite refuse when full, where the drop modes would discard unseen.
        _queue = Channel.CreateBounded<AuditRecord>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _metrics = metrics;
        _logger = logger;
    }

    internal ChannelReader<AuditRecord> Pending => _queue.Reader;

    public void Record(AuditRecord record)
    {
        if (_queue.Writer.TryWrite(record))
        {
            return;
        }

        // LIMITATION: a record that finds the queue full is lost, counted and logged; the
        // applicant is still answered, since making requests wait on the disk is worse.
        var reason = _closed ? CreditSmartMetrics.ShuttingDown : CreditSmartMetrics.QueueFull;
        _metrics.AuditRecordsLost(1, reason);
        AuditLog.RecordLost(_logger, WireNames.Of(record.Decision), record.Scorer.ModelVersion, reason);
    }

    /// <summary>Takes no more records; the writer drains what is queued and stops.</summary>
    internal void Close()
    {
        _closed = true;
        _queue.Writer.TryComplete();
    }
}
