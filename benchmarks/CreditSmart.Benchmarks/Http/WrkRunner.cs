using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CreditSmart.Benchmarks.Http;

/// <summary>
/// Drives wrk, a closed-loop load generator: a fixed number of connections each send their next
/// request as soon as the last is answered, which finds the saturation throughput.
/// </summary>
public static partial class WrkRunner
{
    /// <summary>
    /// Two threads for the two cores; 64 connections keep the server's queues full without
    /// measuring only queueing.
    /// </summary>
    public const int Threads = 2;

    public const int Connections = 64;

    /// <param name="connections">Open connections; <see cref="Connections"/> unless a run wants fewer.</param>
    /// <param name="uniqueRun">When set, every request is a different application (see <c>wrk/load.lua</c>); a run number, so runs differ too.</param>
    /// <param name="countCache">Whether to count the <c>X-Cache</c> answers.</param>
    public static async Task<LoadResult> RunAsync(
        LoadTarget target,
        TimeSpan duration,
        string label,
        int connections = Connections,
        int? uniqueRun = null,
        bool countCache = false)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add($"--threads={Threads}");
        start.ArgumentList.Add($"--connections={connections}");
        start.ArgumentList.Add($"--duration={(int)duration.TotalSeconds}s");
        start.ArgumentList.Add("--timeout=5s");
        start.ArgumentList.Add($"--script={SuiteFiles.WrkScript}");
        start.ArgumentList.Add(target.Url.ToString());
        start.Environment["CREDITSMART_BODY"] = target.BodyPath ?? "";
        if (uniqueRun is { } run)
        {
            start.Environment["CREDITSMART_UNIQUE"] = run.ToString(CultureInfo.InvariantCulture);
        }

        if (countCache)
        {
            start.Environment["CREDITSMART_COUNT_CACHE"] = "1";
        }

        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = wrk.StandardOutput.ReadToEndAsync();
        var errors = wrk.StandardError.ReadToEndAsync();

        // wrk stops by itself after --duration; this only guards against a hung run.
        using var deadline = new CancellationTokenSource(duration + TimeSpan.FromSeconds(30));
        try
        {
            await wrk.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            wrk.Kill();
            throw new TimeoutException($"wrk against {target.Name} did not stop in time.");
        }

        var text = await output;
        var match = ResultLine().Match(text);
        if (wrk.ExitCode != 0 || !match.Success)
        {
            throw new InvalidOperationException($"wrk failed against {target.Name}: {text}{await errors}");
        }

        long Field(string name) => long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        static double Ms(long microseconds) => microseconds / 1_000.0;

        return new LoadResult(
            target.Name,
            label,
            Field("duration") / 1_000_000.0,
            Field("requests"),
            Field("errors") + Field("non2xx"),
            Ms(Field("p50")),
            Ms(Field("p99")),
            Ms(Field("p999")),
            Ms(Field("max")))
        {
            Cache = CacheLine().Match(text) is { Success: true } cache
                ? (long.Parse(cache.Groups["hits"].Value, CultureInfo.InvariantCulture),
                    long.Parse(cache.Groups["misses"].Value, CultureInfo.InvariantCulture))
                : null,
        };
    }

    [GeneratedRegex(@"WRK_CACHE hits=(?<hits>\d+) misses=(?<misses>\d+)")]
    private static partial Regex CacheLine();

    [GeneratedRegex(@"WRK_RESULT requests=(?<requests>\d+) duration_us=(?<duration>\d+) errors=(?<errors>\d+) "
        + @"non2xx=(?<non2xx>\d+) p50_us=(?<p50>\d+) p99_us=(?<p99>\d+) p999_us=(?<p999>\d+) max_us=(?<max>\d+)")]
    private static partial Regex ResultLine();
}
