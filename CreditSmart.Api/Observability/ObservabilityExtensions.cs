using System.Text.Json;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Logs;

namespace CreditSmart.Api.Observability;

public static class ObservabilityExtensions
{
    private const string HostingDiagnosticsCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>
    /// One JSON object per log line on the console, with scopes (so request and trace ids), and
    /// CreditSmart's metrics. Traces, metrics and logs reach the dashboard through the service
    /// defaults' OpenTelemetry set-up.
    /// </summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        // The request scope below already names the trace. The framework's own activity scope would
        // repeat it with span and parent ids on every line, and push a prediction's lines past the
        // 1,024 characters the console logger keeps its per-thread buffer at, so that each line grew
        // the buffer afresh. OTLP records carry trace and span ids from the activity either way.
        builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.None);

        // ASP.NET Core's request lines print the raw URL, query string included, and a client can put
        // anything there. Off in code for every provider, so that neither a settings file nor its
        // absence (the API started from another folder finds no appsettings.json) turns them on.
        builder.Logging.AddFilter(HostingDiagnosticsCategory, LogLevel.None);
        builder.Logging.AddFilter<ConsoleLoggerProvider>(HostingDiagnosticsCategory, LogLevel.None);
        builder.Logging.AddFilter<OpenTelemetryLoggerProvider>(HostingDiagnosticsCategory, LogLevel.None);

        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            options.JsonWriterOptions = new JsonWriterOptions { Indented = false };
        });

        builder.Services.AddSingleton<CreditSmartMetrics>();
        builder.Services.AddSingleton<PredictionObserver>();

        return builder;
    }

    /// <summary>Opens the request's log scope; goes right after the request id is assigned.</summary>
    public static IApplicationBuilder UseRequestLogScope(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestLogScopeMiddleware>();
}
