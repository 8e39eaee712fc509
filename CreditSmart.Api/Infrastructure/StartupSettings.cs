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
    /// <exception cref="OptionsValidationException">One setting is bad.</exception>
    /// <exception cref="AggregateException">Several are; each inner exception names one options class's.</exception>
    public static void Validate(WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (Exception error) when (error is OptionsValidationException or AggregateException)
        {
            // One structured line for log pipelines; the messages name keys, never their values.
            var failures = Failures(error).ToList();
            SettingsRejected(app.Logger, failures.Count, string.Join(" | ", failures));

            // The console writes from a queue the exception would end unwritten; disposing the console
            // provider drains it. The app itself is left alone: a test host may be starting it.
            foreach (var console in app.Services.GetServices<ILoggerProvider>().OfType<ConsoleLoggerProvider>())
            {
                console.Dispose();
            }

            throw;
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
