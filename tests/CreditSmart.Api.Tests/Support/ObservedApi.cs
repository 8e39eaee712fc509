using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json;
using CreditSmart.Api.Audit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CreditSmart.Api.Tests.Support;

/// <summary>
/// The shipped API with everything it emits captured in memory: spans, metrics and log records
/// through OpenTelemetry's in-memory exporters, and every console line through its JSON formatter.
/// One per test. Activity sources and meters are matched by name across the process, so the
/// exporters may also see other tests' spans and measurements: tests find spans by request or
/// trace id, and count with collectors on <see cref="MeterFactory"/>, which only this host uses.
/// </summary>
public sealed class ObservedApi : IAsyncDisposable
{
    private readonly ApiFactory _shipped = new();
    private readonly WebApplicationFactory<Program> _api;
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public ObservedApi(IReadOnlyDictionary<string, string>? settings = null)
    {
        _api = _shipped.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services =>
            {
                services.AddSingleton(MeterFactory);
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
                services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
                services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddInMemoryExporter(LogRecords));
                services.AddSingleton<ILoggerProvider>(provider =>
                    new ConsoleLineCapture(ConsoleLines, provider.GetServices<ConsoleFormatter>()));
            });
        });
    }

    public LockedList<Activity> Spans { get; } = new();

    public LockedList<MetricSnapshot> Metrics { get; } = new();

    public LockedList<LogRecord> LogRecords { get; } = new();

    public LockedList<string> ConsoleLines { get; } = new();

    public IServiceProvider Services => _api.Services;

    /// <summary>
    /// The host's meter factory, made outside it so a collector can listen before the host
    /// starts (start-up itself records measurements).
    /// </summary>
    public IMeterFactory MeterFactory => _meters.GetRequiredService<IMeterFactory>();

    public string AuditPath => Services.GetRequiredService<IOptions<AuditOptions>>().Value.ResolvedPath;

    /// <summary>The API scoring with the rule engine, its model file missing.</summary>
    public static ObservedApi InRulesMode() => new(new Dictionary<string, string>
    {
        ["Model:Path"] = Path.Combine(Path.GetTempPath(), $"creditsmart-absent-{Guid.NewGuid():N}", "model.zip"),
    });

    public HttpClient CreateClient() => _api.CreateClient();

    /// <summary>
    /// Starts on a real Kestrel socket on a free loopback port instead of the in-memory test
    /// server; <see cref="CreateClient"/> then talks to it over TCP.
    /// </summary>
    public void StartOnKestrel()
    {
        _api.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _api.StartServer();
    }

    /// <summary>Collects every instrument now, so <see cref="Metrics"/> holds their current totals.</summary>
    public void FlushMetrics() =>
        Assert.True(Services.GetRequiredService<MeterProvider>().ForceFlush(10_000), "Metrics did not flush in time.");

    public Task<Activity> SpanAsync(Func<Activity, bool> match, string what) =>
        Eventually.FindAsync(() => Spans.Snapshot().FirstOrDefault(match), what);

    public Task<Activity> PredictionSpanAsync(string requestId) =>
        SpanAsync(
            span => span.OperationName == "prediction" && Equals(span.GetTagItem("request_id"), requestId),
            $"the prediction span of {requestId}");

    /// <summary>The audit record of a request, once the writer has appended it.</summary>
    public async Task<JsonElement> AuditRecordAsync(string requestId)
    {
        var marker = $"\"request_id\":\"{requestId}\"";
        var line = await Eventually.FindAsync(
            () => AuditLines().FirstOrDefault(line => line.Contains(marker, StringComparison.Ordinal)),
            $"the audit record of {requestId}");
        return JsonSerializer.Deserialize<JsonElement>(line);
    }

    /// <summary>The complete lines of the audit file so far.</summary>
    public IReadOnlyList<string> AuditLines()
    {
        if (!File.Exists(AuditPath))
        {
            return [];
        }

        // The writer keeps the file open for appending; readers share it.
        using var stream = new FileStream(AuditPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();

        // A line still being written has no newline yet.
        var complete = text[..(text.LastIndexOf('\n') + 1)];
        return complete.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public async ValueTask DisposeAsync()
    {
        await _api.DisposeAsync();
        await _shipped.DisposeAsync();
        await _meters.DisposeAsync();
    }
}
