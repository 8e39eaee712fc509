using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace CreditSmart.Benchmarks.Http;

/// <summary>
/// A server the suite started (<c>dotnet X.dll --urls http://127.0.0.1:PORT</c>) and will end.
/// Its console goes straight to a log file (the shell that starts it redirects, then becomes it),
/// never through a pipe to the suite: at saturation the API logs tens of megabytes a second, and
/// a suite reading that line by line took CPU from the server and, whenever it fell behind,
/// filled the pipe and stalled the API's console logger and with it every request.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    // Servers still running if the suite itself is stopped (Ctrl+C, SIGTERM), so they end with it.
    private static readonly HashSet<ServerProcess> s_running = [];
    private static readonly Lock s_runningLock = new();

    private readonly Process _process;
    private readonly string _logPath;

    private ServerProcess(Process process, string logPath, long startedAt, Uri baseAddress)
    {
        _process = process;
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

        var start = Command(logPath, "dotnet");
        start.WorkingDirectory = Path.GetDirectoryName(dllPath);
        start.ArgumentList.Add(dllPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Production requires a secret to key the audit trail's input hashes; any will do here.
        start.Environment["Audit__HashKey"] = "creditsmart-benchmark-audit-hash-key-0001";
        // The load generator is one caller from one address: without a key requirement and with a
        // limit no run reaches, the suite measures scoring rather than 401s and 429s.
        start.Environment["ApiKeys__Required"] = "false";
        start.Environment["RateLimiting__PermitLimit"] = "1000000";
        // Production also requires the browser origins allowed to call the API; none calls here.
        start.Environment["Cors__AllowedOrigins__0"] = "https://app.creditsmart.test";
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
        var start = Command(logPath, "redis-server");
        foreach (var argument in (string[])["--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--maxmemory", "256mb", "--maxmemory-policy", "allkeys-lru"])
        {
            start.ArgumentList.Add(argument);
        }

        return Launch(start, logPath, new Uri($"redis://127.0.0.1:{port}/"));
    }

    // sh appends the console to the log and then execs the program, so the process the suite
    // holds (and kills) is the server itself. The program and its arguments follow as $0 and $@,
    // never parsed by the shell.
    private static ProcessStartInfo Command(string logPath, string program)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >> \"$CREDITSMART_SERVER_LOG\" 2>&1");
        start.ArgumentList.Add(program);
        start.Environment["CREDITSMART_SERVER_LOG"] = logPath;
        return start;
    }

    private static ServerProcess Launch(ProcessStartInfo start, string logPath, Uri baseAddress)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.ArgumentList[2]} did not start.");
        var server = new ServerProcess(process, logPath, startedAt, baseAddress);
        lock (s_runningLock)
        {
            s_running.Add(server);
        }

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

    private static int FreeLoopbackPort()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
