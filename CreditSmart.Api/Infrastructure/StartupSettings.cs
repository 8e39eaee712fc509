using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Infrastructure;

/// <summary>
/// Checks every validated setting at once, right after the host is built. The host checks them
/// only after it has built its hosted services, and the first of those to read a bad setting
/// stops start-up alone, so an operator would learn of one bad setting per attempt.
/// </summary>
public static partial class StartupSettings
{
    /// <summary>
    /// True when a setting is bad and start-up must stop: every problem has then been logged once
    /// and written to standard error, by key and never by value, for the caller to exit quietly
    /// rather than through an unhandled exception and its stack trace.
    /// </summary>
    public static bool Refused(WebApplication app)
    {
        var failures = Failures(app.Services);
        if (failures.Count == 0)
        {
            return false;
        }

        var summary = string.Join(" | ", failures);
        SettingsRejected(app.Logger, failures.Count, summary);

        // For whoever reads the terminal or the service manager's journal rather than the log pipeline.
        Console.Error.WriteLine($"CreditSmart.Api did not start: {summary}");

        // The console writes from a queue that exiting would leave unwritten; disposing the console
        // provider drains it. The app itself is left alone: a test host may be starting it.
        foreach (var console in app.Services.GetServices<ILoggerProvider>().OfType<ConsoleLoggerProvider>())
        {
            console.Dispose();
        }

        return true;
    }

    private static List<string> Failures(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (Exception error) when (error is OptionsValidationException or AggregateException)
        {
            // One failure can arrive twice (the ModelStore section's options are validated twice at start).
            return [.. Failures(error).Distinct(StringComparer.Ordinal)];
        }
    }

    private static IEnumerable<string> Failures(Exception error) => error switch
    {
        OptionsValidationException options => options.Failures,
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Failures),
        _ => [error.Message],
    };

    [LoggerMessage(EventId = 1601, EventName = "settings_rejected", Level = LogLevel.Critical,
        Message = "Start-up refused: {FailureCount} setting problem(s): {Failures}")]
    private static partial void SettingsRejected(ILogger logger, int failureCount, string failures);
}
