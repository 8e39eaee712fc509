using System.Text.Json;

namespace CreditSmart.Api.Tests.Support;

/// <summary>
/// The built API started as a process, as an operator starts it, with settings that must stop it:
/// its exit code and both streams, as a service manager sees them.
/// </summary>
public sealed record RefusedStart(int ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Errors)
{
    /// <summary>Starts the API with these arguments and waits for it to exit; one that serves fails the test.</summary>
    public static async Task<RefusedStart> RunAsync(string environment, IEnumerable<string> arguments)
    {
        using var api = new ApiProcess(
            Path.GetDirectoryName(typeof(Program).Assembly.Location)!,
            environment,
            ["--urls", "http://127.0.0.1:0", .. arguments]);
        var exitCode = await api.ExitCodeAsync(TimeSpan.FromSeconds(60));
        return new RefusedStart(exitCode, api.Output.Snapshot(), api.Errors.Snapshot());
    }

    /// <summary>The one settings_rejected line (event 1601) on standard output.</summary>
    public JsonElement Line => Output
        .Where(line => line.StartsWith('{'))
        .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
        .Single(line => line.GetProperty("EventId").GetInt32() == 1601);

    public string Message => Line.GetProperty("Message").GetString()!;

    public string Everything => string.Join('\n', Output.Concat(Errors));
}
