using System.Diagnostics;

namespace CreditSmart.Verify.Tests.Support;

/// <summary>The checklist tool run as a process, as a shell runs it: its exit code and both its streams.</summary>
internal sealed record ToolRun(int ExitCode, string StandardOutput, string StandardError)
{
    public static async Task<ToolRun> StartAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CreditSmart.Verify.dll"));
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
