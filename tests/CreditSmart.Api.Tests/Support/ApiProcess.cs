using System.Diagnostics;

namespace CreditSmart.Api.Tests.Support;

/// <summary>
/// The built API run as an operator runs it, <c>dotnet CreditSmart.Api.dll</c>, from a folder the
/// test chooses, so its console is the one a log pipeline reads; every line it prints is kept.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private readonly Process _process;

    public ApiProcess(string workingDirectory, string environment, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => Keep(Output, line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(Errors, line.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public LockedList<string> Output { get; } = new();

    public LockedList<string> Errors { get; } = new();

    /// <summary>The first line of standard output that matches, once it has been printed.</summary>
    public async Task<string> LineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if (Output.Snapshot().FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (_process.HasExited)
            {
                Assert.Fail($"The API exited ({_process.ExitCode}): {string.Join('\n', Errors.Snapshot())}");
            }

            await Task.Delay(50, deadline.Token);
        }
    }

    /// <summary>Waits for the process to end by itself and gives its exit code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static void Keep(LockedList<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Add(line);
        }
    }
}
