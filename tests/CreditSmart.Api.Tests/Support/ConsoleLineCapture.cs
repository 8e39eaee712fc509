using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace CreditSmart.Api.Tests.Support;

/// <summary>
/// Writes every log entry through the API's own JSON console formatter into a list, so a test
/// sees each line exactly as the console would print it, scopes included.
/// </summary>
public sealed class ConsoleLineCapture(ICollection<string> lines, IEnumerable<ConsoleFormatter> formatters)
    : ILoggerProvider, ISupportExternalScope
{
    private readonly ConsoleFormatter _formatter = formatters.Single(formatter => formatter.Name == ConsoleFormatterNames.Json);
    private IExternalScopeProvider? _scopes;

    public ILogger CreateLogger(string categoryName) => new LineLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Write<TState>(in LogEntry<TState> entry)
    {
        using var writer = new StringWriter();
        _formatter.Write(in entry, _scopes, writer);
        lines.Add(writer.ToString().TrimEnd());
    }

    private sealed class LineLogger(ConsoleLineCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => capture._scopes?.Push(state) ?? NullScope.Instance;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter));
    }

    private sealed class NullScope : IDisposable
    {
        public static NullScope Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
