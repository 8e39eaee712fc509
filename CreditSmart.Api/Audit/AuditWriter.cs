using System.Buffers;
using System.Text;
using System.Text.Json;
using CreditSmart.Api.Observability;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Audit;

/// <summary>
/// Drains the <see cref="AuditTrail"/> into its append-only JSON-lines file, one record a line,
/// in batches: whatever is queued is written and flushed together. The file is opened before the
/// server listens, so a path that cannot be written stops start-up instead of losing records.
/// </summary>
public sealed class AuditWriter(
    AuditTrail trail,
    IOptions<AuditOptions> options,
    CreditSmartMetrics metrics,
    ILogger<AuditWriter> logger) : BackgroundService
{
    // Bounds one write, so a long backlog still reaches the disk in steady steps.
    private const int MaxBatch = 512;

    private AuditFileClaim? _claim;
    private FileStream? _file;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.ResolvedPath;
        Directory.CreateDirectory(Path.GetDirectoryName(configured)!);

        // Replicas may all be given one Audit:Path; each still appends to a file no other writes.
        _claim = AuditFileClaim.Take(configured);
        _file = new FileStream(_claim.Path, new FileStreamOptions
        {
            Mode = FileMode.Append,
            Access = FileAccess.Write,
            Share = FileShare.Read,
            Options = FileOptions.Asynchronous,
        });
        AuditLog.Opened(logger, _claim.Path);

        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Requests have finished by now (the server stops first); what they queued is written.
        trail.Close();
        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _file?.Dispose();
        _claim?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var file = _file!;
        var hashKey = Encoding.UTF8.GetBytes(options.Value.HashKey!);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using var json = new Utf8JsonWriter(buffer);
        var pending = trail.Pending;

        // Not stoppingToken: the loop ends when the trail is closed and drained, so records
        // queued before shutdown are still written.
        while (await pending.WaitToReadAsync(CancellationToken.None))
        {
            var count = 0;
            while (count < MaxBatch && pending.TryRead(out var record))
            {
                AuditRecordJson.Write(json, record, hashKey);
                json.Flush();
                json.Reset();
                buffer.Write("\n"u8);
                count++;
            }

            await AppendAsync(file, buffer.WrittenMemory, count);
            buffer.ResetWrittenCount();
        }

        await file.FlushAsync(CancellationToken.None);
    }

    private async Task AppendAsync(FileStream file, ReadOnlyMemory<byte> lines, int count)
    {
        try
        {
            await file.WriteAsync(lines);
            await file.FlushAsync();
            metrics.AuditRecordsWritten(count);
        }
        catch (IOException error)
        {
            metrics.AuditRecordsLost(count, CreditSmartMetrics.WriteFailed);
            AuditLog.WriteFailed(logger, count, error);
        }
    }
}
