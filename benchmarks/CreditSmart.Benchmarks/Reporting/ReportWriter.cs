using System.Globalization;
using System.Text;
using CreditSmart.Benchmarks.Core;
using CreditSmart.Benchmarks.Http;

namespace CreditSmart.Benchmarks.Reporting;

/// <summary>Writes the markdown report: targets first, then every figure, then how each was measured.</summary>
public sealed class ReportWriter(SuiteOptions options, MachineInfo machine, IReadOnlyList<CoreResult> core, HttpResults http)
{
    private readonly StringBuilder _text = new();

    public string Write(DateTimeOffset startedAt, string? commit, string? notes)
    {
        Line("# CreditSmart benchmarks");
        Line();
        Line($"Written by `bash benchmarks/run.sh{(options.Quick ? " --quick" : "")}` on "
            + $"{startedAt.UtcDateTime:yyyy-MM-dd} at {startedAt.UtcDateTime:HH:mm} UTC"
            + (commit is null ? "." : $", at commit `{commit}`."));
        if (options.Quick)
        {
            Line();
            Line("**A quick run**: every load run is short and the soak lasts 30 s, so treat the figures as a smoke test.");
        }

        Line();
        Line($"**Machine: {machine.Cores} cores** ({machine.Processor}), {machine.Memory} of memory, "
            + $"{machine.OperatingSystem}, {machine.Runtime}. The load generators and the servers share these cores.");
        if (machine.LoadAtStart is not null)
        {
            Line();
            Line($"Load average (1, 5, 15 min) when the run began: {machine.LoadAtStart}; when it ended: {machine.LoadAtEnd}. "
                + "Anything above what the suite itself adds means another process was competing for the cores.");
        }
        Line();
        Line("Absolute figures move with the machine. The ratios, measured side by side in this one run, are the "
            + "figures to steer by.");

        new TargetTable(core, http).Write(_text);
        WriteCore();
        WriteSaturation();
        WriteFixedRate();
        WriteStartup();
        WriteMemory();
        WriteCache();

        if (!string.IsNullOrWhiteSpace(notes))
        {
            Line();
            _text.Append(notes.TrimEnd()).Append('\n');
        }

        WriteMethod();
        return _text.ToString();
    }

    private void WriteCore()
    {
        Line();
        Line("## Scoring core");
        Line();
        if (core.Count == 0)
        {
            Line("Not run (`--skip-core`).");
            return;
        }

        var baseline = core.Single(result => result.Method == nameof(ScoringBenchmarks.ScoreWithKeyFactors));
        Line("BenchmarkDotNet, in process, on the bundled model loaded by `ModelArtifactLoader.Load`. "
            + "Ratio is to one application scored with key factors.");
        Line();
        Line("| benchmark | what it times | mean | ± standard error | allocated per call | ratio |");
        Line("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var result in core)
        {
            Line($"| `{result.Method}` | {Describe(result.Method)} | {Duration(result.MeanNanoseconds)} "
                + $"| {Duration(result.ErrorNanoseconds)} | {Bytes(result.AllocatedBytes)} "
                + $"| {result.MeanNanoseconds / baseline.MeanNanoseconds:0.00} |");
        }

        var batch = core.SingleOrDefault(result => result.Method == nameof(ScoringBenchmarks.ScoreBatch));
        if (batch is not null)
        {
            var perApplication = batch.MeanNanoseconds / ScoringBenchmarks.BatchSize;
            Line();
            Line($"The batch scores {ScoringBenchmarks.BatchSize:N0} applications in {Duration(batch.MeanNanoseconds)}: "
                + $"{Duration(perApplication)} and {Bytes(batch.AllocatedBytes / ScoringBenchmarks.BatchSize)} each, "
                + $"{1e9 / perApplication:N0} applications a second on one core.");
        }
    }

    private void WriteSaturation()
    {
        var bare = http.SaturationThroughput(HttpSuite.Bare);
        Line();
        Line("## HTTP at saturation");
        Line();
        Line($"wrk, {WrkRunner.Threads} threads, {WrkRunner.Connections} connections, "
            + $"{options.SaturationRun.TotalSeconds:0} s a run, {options.SaturationRounds} round(s) with the endpoints "
            + "interleaved; throughput is the mean of the rounds, latencies are from the last round.");
        Line();
        Line("| endpoint | requests/s | share of the bare ceiling | p50 | p99 | p99.9 | max | errors |");
        Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var target in new[] { HttpSuite.Predict, HttpSuite.Health, HttpSuite.Bare })
        {
            var runs = http.Saturation.Where(run => run.Target == target).ToArray();
            var last = runs[^1];
            var throughput = http.SaturationThroughput(target);
            var rounds = string.Join(" / ", runs.Select(run => run.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)));
            Line($"| {Name(target)} | {throughput:N0} ({rounds}) | {throughput / bare:P0} | {Ms(last.P50Ms)} "
                + $"| {Ms(last.P99Ms)} | {Ms(last.P999Ms)} | {Ms(last.MaxMs)} | {runs.Sum(run => run.Errors)} |");
        }
    }

    private void WriteFixedRate()
    {
        Line();
        Line($"## HTTP at a fixed rate of {http.FixedRate:N0} requests a second");
        Line();
        Line("Half the prediction endpoint's saturation throughput, offered to all three endpoints alike by the "
            + $"suite's open-loop client for {options.FixedRateRun.TotalSeconds:0} s each. Latency runs from when each "
            + "request was due, so a stall counts against every request queued behind it.");
        Line();
        Line("| endpoint | achieved requests/s | p50 | p99 | p99.9 | max | errors | client send lag p99 |");
        Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var run in http.FixedRateRuns.OrderBy(run => Order(run.Target)))
        {
            Line($"| {Name(run.Target)} | {run.RequestsPerSecond:N0} | {Ms(run.P50Ms)} | {Ms(run.P99Ms)} "
                + $"| {Ms(run.P999Ms)} | {Ms(run.MaxMs)} | {run.Errors} | {Ms(run.ClientLagP99Ms ?? double.NaN)} |");
        }
    }

    private void WriteStartup()
    {
        Line();
        Line("## Start-up");
        Line();
        Line("The API started cold from its build output, once per row. Times are from just before the process was "
            + $"created. Ready is when `/health` (every readiness check, the API's start-up warm-up among them) first "
            + "answered 200, polled on its own connection as an orchestrator would; the predictions start after it, and the "
            + $"{StartupProbe.Requests} requests are sequential on one new connection.");
        Line();
        Line("| run | listening | ready | first prediction | model load, check and warm (logged) | first request "
            + "| 100th request | median of 2-100 | first / median |");
        Line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var run = 0;
        foreach (var start in http.Startups)
        {
            Line($"| {++run} | {Ms(start.ListeningMs)} | {Ms(start.ReadyMs)} | {Ms(start.FirstPredictionMs)} | {Ms(start.ModelLoadMs ?? double.NaN)} "
                + $"| {Ms(start.FirstRequestMs)} | {Ms(start.HundredthRequestMs)} | {Ms(start.SteadyMedianMs)} "
                + $"| {start.FirstRequestMs / start.SteadyMedianMs:0.0}x |");
        }
    }

    private void WriteMemory()
    {
        var trend = SoakTrend.Of(http.Soak);
        Line();
        Line("## Memory");
        Line();
        Line("Resident memory (VmRSS from `/proc/PID/status`).");
        Line();
        Line("| when | API | bare endpoint |");
        Line("| --- | ---: | ---: |");
        Line($"| at rest after start-up | {Megabytes(http.ApiRestBytes)} | {Megabytes(http.BareRestBytes)} |");
        Line($"| peak under saturation (sampled every second, and through the soak) | {Megabytes(http.ApiPeakBytes)} | |");
        Line($"| at rest after the soak | {Megabytes(http.ApiRestAfterSoakBytes)} | |");
        Line();
        Line($"Soak: {options.Soak.TotalSeconds:0} s of predictions at saturation ({http.SoakLoad.RequestsPerSecond:N0} requests/s, "
            + $"{http.SoakLoad.Requests:N0} requests, {http.SoakLoad.Errors} errors), sampled every "
            + $"{options.SoakSampleInterval.TotalSeconds:0} s. Second fifth {trend.EarlyMegabytes:0.0} MB, last fifth "
            + $"{trend.LateMegabytes:0.0} MB ({trend.GrowthShare:+0.0%;-0.0%}); slope after warm-up "
            + $"{trend.SlopeMegabytesPerMinute:+0.00;-0.00} MB a minute: **{(trend.IsFlat ? "flat" : "growing")}**.");
        Line();
        Line("| seconds | " + string.Join(" | ", http.Soak.Select(sample => sample.Seconds.ToString("0", CultureInfo.InvariantCulture))) + " |");
        Line("| ---: | " + string.Join(" | ", http.Soak.Select(_ => "---:")) + " |");
        Line("| MB | " + string.Join(" | ", http.Soak.Select(sample => sample.Megabytes.ToString("0", CultureInfo.InvariantCulture))) + " |");
    }

    private void WriteCache()
    {
        var cache = http.Cache;
        Line();
        Line("## Cache");
        Line();
        Line("The suite's API (no cache) against a second API with `PredictionCache:Enabled` and a redis-server the "
            + "suite started on a loopback port (nothing persisted, 256 MB with least-recently-used eviction). wrk, "
            + $"{WrkRunner.Threads} threads and {cache.Connections} connections, {cache.RunLength.TotalSeconds:0} s a run, "
            + $"{cache.Rounds} round(s) with the modes interleaved after a warm-up of each; throughput is the mean of the "
            + "rounds, latencies are from the last round. A miss run gives every request a different `annual_income` "
            + "(a lookup that misses, then a write); a hit run sends the sample application every time.");
        Line();
        Line("| mode | requests/s | share of cache off | p50 | p99 | p99.9 | max | answered HIT | `cache_unavailable` logged | errors |");
        Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var mode in (string[])[CacheSuite.Off, CacheSuite.Miss, CacheSuite.Hit])
        {
            var runs = cache.Runs.Where(run => run.Mode == mode).ToList();
            var last = runs[^1];
            var each = string.Join(" / ", runs.Select(run => run.Load.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)));
            var hits = runs.All(run => run.HitShare is null) ? "-" : $"{runs.Sum(run => run.Load.Cache!.Value.Hits) / (double)runs.Sum(run => run.Load.Cache!.Value.Hits + run.Load.Cache!.Value.Misses):P1}";
            var unavailable = mode == CacheSuite.Off ? "-" : runs.Sum(run => run.UnavailableEvents).ToString(CultureInfo.InvariantCulture);
            Line($"| {CacheName(mode)} | {cache.Throughput(mode):N0} ({each}) | {cache.Ratio(mode):P0} | {Ms(last.Load.P50Ms)} "
                + $"| {Ms(last.Load.P99Ms)} | {Ms(last.Load.P999Ms)} | {Ms(last.Load.MaxMs)} | {hits} | {unavailable} "
                + $"| {runs.Sum(run => run.Load.Errors)} |");
        }

        Line();
        Line("Each `cache_unavailable` line means a Redis call passed `PredictionCache:Timeout` (50 ms) and the API "
            + "skipped the cache for the next second, answering those requests as MISS without writing them; a hit run's "
            + "MISS answers are those seconds.");
    }

    private static string CacheName(string mode) => mode switch
    {
        CacheSuite.Off => "cache off",
        CacheSuite.Miss => "cache on, every request a miss",
        _ => "cache on, every request a hit",
    };

    private void WriteMethod()
    {
        Line();
        Line("## How it is measured");
        Line();
        Line("- The API and the bare endpoint (`benchmarks/CreditSmart.BareEndpoint`: the same host defaults, one "
            + "endpoint answering `{\"status\":\"ok\",\"apiVersion\":\"v1\"}`) run as Release builds with "
            + "`dotnet X.dll --urls http://127.0.0.1:PORT`, in Production, with logging and OpenTelemetry as "
            + "configured (no OTLP endpoint is set, so telemetry is collected in process and not exported).");
        Line("- Predictions post the README's sample application (`benchmarks/sample-application.json`); the bare "
            + "endpoint receives the same POST, so the ratio isolates what CreditSmart does with a request. Health is a GET.");
        Line($"- Every endpoint gets {options.WarmUp.TotalSeconds:0} s of wrk load before anything is recorded, so "
            + "the figures are for tiered-up code; start-up is measured on separate cold processes.");
        Line("- Saturation: wrk (closed loop) with the Lua script `benchmarks/wrk/load.lua`, which prints wrk's own "
            + "percentiles. Fixed rate: wrk has no fixed-rate mode and Debian packages no wrk2, so the suite's own "
            + "open-loop client (`FixedRateClient`) schedules each request at start + i / rate and times it from then.");
        Line("- Errors count socket errors, timeouts and any status but 200.");
    }

    private static string Describe(string method) => method switch
    {
        nameof(ScoringBenchmarks.ScoreWithKeyFactors) => "`ModelScorer.Score`: derivation, pooled engine, probability, band, key factors",
        nameof(ScoringBenchmarks.PredictOnly) => "ML.NET `PredictionEngine.Predict` alone, on a derived row",
        nameof(ScoringBenchmarks.ValidateBody) => "`CreditApplicationReader.Read` on the sample body",
        nameof(ScoringBenchmarks.DeriveFeatures) => "`FeatureDerivation.Fill` into a reused row",
        nameof(ScoringBenchmarks.ScoreWithRules) => "the rule engine (degraded mode), for scale",
        nameof(ScoringBenchmarks.ScoreBatch) => $"{ScoringBenchmarks.BatchSize:N0} data-set applications, one after another",
        _ => "",
    };

    private static int Order(string target) => target switch
    {
        HttpSuite.Predict => 0,
        HttpSuite.Health => 1,
        _ => 2,
    };

    private static string Name(string target) => target switch
    {
        HttpSuite.Predict => "`POST /api/v1/predict`",
        HttpSuite.Health => "`GET /api/v1/health`",
        _ => "bare endpoint (`POST /`)",
    };

    internal static string Ms(double milliseconds) => double.IsNaN(milliseconds)
        ? "n/a"
        : milliseconds < 10
            ? milliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms"
            : milliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";

    internal static string Duration(double nanoseconds) => nanoseconds switch
    {
        < 1_000 => nanoseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ns",
        < 1_000_000 => (nanoseconds / 1_000).ToString("0.00", CultureInfo.InvariantCulture) + " µs",
        _ => (nanoseconds / 1_000_000).ToString("0.00", CultureInfo.InvariantCulture) + " ms",
    };

    internal static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString("0", CultureInfo.InvariantCulture) + " MB";

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "n/a",
        < 10_000 => $"{bytes} B",
        _ => (bytes.Value / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KB",
    };

    private void Line(string text = "") => _text.Append(text).Append('\n');
}
