using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace CreditSmart.Benchmarks.Http;

/// <summary>
/// A server the suite started (<c>dotnet X.dll --urls http://127.0.0.1:PORT</c>) and will end.
/// Its console goes to a log file, so a full pipe can never stall it.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    // Servers still running if the suite itself is stopped (Ctrl+C, SIGTERM), so they end with it.
    private static readonly HashSet<ServerProcess> s_running = [];
    private static readonly Lock s_runningLock = new();

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly string _logPath;
    private readonly Lock _logLock = new();
    private bool _logClosed;

    private ServerProcess(Process process, StreamWriter log, string logPath, long startedAt, Uri baseAddress)
    {
        _process = process;
        _log = log;
        _logPath = logPath;
        StartedAt = startedAt;
        BaseAddress = baseAddress;
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp taken just before the process was created.</summary>
    public long StartedAt { get; }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    // Kept in a field so the registrations live as long as the process.
    private static readonly PosixSignalRegistration[] s_signals =
    [
        PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => StopAll()),
        PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => StopAll()),
    ];

    static ServerProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();
    }

    /// <param name="environment">Settings added to the server's environment (for example, the prediction cache's).</param>
    public static ServerProcess Start(string dllPath, string logPath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dllPath),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dllPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Production requires a secret to key the audit trail's input hashes; any will do here.
        start.Environment["Audit__HashKey"] = "creditsmart-benchmark-audit-hash-key-0001";
        // Telemetry is collected in process as in any deployment without a collector; the
        // suite measures the service, not an exporter's retries against a missing endpoint.
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Launch(start, logPath, baseAddress);
    }

    /// <summary>
    /// A redis-server on a free loopback port that keeps nothing on disk and evicts the least
    /// recently used keys past 256 MB, so a run of cache misses cannot fill the machine's memory.
    /// </summary>
    public static ServerProcess StartRedis(string logPath)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru"])
        {
            start.ArgumentList.Add(argument);
        }

        return Launch(start, logPath, new Uri($"redis://127.0.0.1:{port}/"));
    }

    private static ServerProcess Launch(ProcessStartInfo start, string logPath, Uri baseAddress)
    {
        var log = new StreamWriter(logPath, append: true);
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        var server = new ServerProcess(process, log, logPath, startedAt, baseAddress);
        lock (s_runningLock)
        {
            s_running.Add(server);
        }

        process.OutputDataReceived += (_, line) => server.Log(line.Data);
        process.ErrorDataReceived += (_, line) => server.Log(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        return server;
    }

    /// <summary>Waits until the port accepts a connection, without sending a request.</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}.");
            }

            try
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(IPAddress.Loopback, BaseAddress.Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(5);
            }
        }

        throw new TimeoutException($"The server did not listen on {BaseAddress} within {timeout}.");
    }

    /// <summary>How many lines of the server's log so far contain <paramref name="fragment"/>.</summary>
    public int CountLogLines(string fragment)
    {
        lock (_logLock)
        {
            if (!_logClosed)
            {
                _log.Flush();
            }
        }

        using var file = new FileStream(_logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Contains(fragment, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Resident memory now, from <c>/proc/PID/status</c> (VmRSS), in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"No VmRSS for process {_process.Id}.");
    }

    public void Dispose()
    {
        lock (s_runningLock)
        {
            s_running.Remove(this);
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        lock (_logLock)
        {
            _logClosed = true;
            _log.Dispose();
        }
    }

    private static void StopAll()
    {
        ServerProcess[] running;
        lock (s_runningLock)
        {
            running = [.. s_running];
        }

        foreach (var server in running)
        {
            server.Dispose();
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            if (!_logClosed)
            {
                _log.WriteLine(line);
            }
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
