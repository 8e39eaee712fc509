using System.Diagnostics;

namespace CreditSmart.Verify.Tests.Support;

/// <summary>
/// One of our command-line tools run as a process from the test binaries, as a shell runs it: its
/// exit code and both its streams. Shared with the trainer's tests.
/// </summary>
internal sealed record ToolRun(int ExitCode, string StandardOutput, string StandardError)
{
    public static async Task<ToolRun> StartAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, tool + ".dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new(process.ExitCode, await output, await error);
    }
}
