namespace CreditSmart.Benchmarks.Http;

/// <summary>
/// The HTTP half: start-up, saturation and fixed-rate load against the API and the bare endpoint,
/// and the API's resident memory at rest, under load and over the soak. Every server it starts
/// listens on 127.0.0.1 only and is ended before it returns.
/// </summary>
public static class HttpSuite
{
    public const string Predict = "predict";
    public const string Health = "health";
    public const string Bare = "bare";

    private static readonly TimeSpan s_listenTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_settle = TimeSpan.FromSeconds(5);

    public static async Task<HttpResults> RunAsync(SuiteOptions options)
    {
        var bodyPath = SuiteFiles.SampleApplication;
        var body = await File.ReadAllBytesAsync(bodyPath);
        var logs = Path.Combine(options.WorkDirectory, "logs");
        Directory.CreateDirectory(logs);

        using var bare = ServerProcess.Start(options.BareDll, Path.Combine(logs, "bare.log"));
        await bare.WaitUntilListeningAsync(s_listenTimeout);
        var bareTarget = new LoadTarget(Bare, bare.BaseAddress, body, bodyPath);

        // The probe's own first-call costs (JIT, connection pool) must not land on the API's
        // first request, so its client warms up on the bare endpoint first.
        await StartupProbe.WarmClientAsync(bareTarget);

        var startups = new List<StartupResult>();
        for (var run = 1; run <= options.StartupRuns; run++)
        {
            Progress($"start-up {run} of {options.StartupRuns}");
            var log = Path.Combine(logs, $"startup-{run}.log");
            startups.Add(await StartupProbe.MeasureAsync(options.ApiDll, log, body, bodyPath));
        }

        using var api = ServerProcess.Start(options.ApiDll, Path.Combine(logs, "api.log"));
        await api.WaitUntilListeningAsync(s_listenTimeout);
        var predictTarget = new LoadTarget(Predict, new Uri(api.BaseAddress, "api/v1/predict"), body, bodyPath);
        var healthTarget = new LoadTarget(Health, new Uri(api.BaseAddress, "api/v1/health"), null, null);
        LoadTarget[] targets = [bareTarget, predictTarget, healthTarget];

        // At rest: started, answered a handful of requests, then idle.
        await FixedRateClient.RunAsync(predictTarget, rate: 100, TimeSpan.FromSeconds(1));
        await Task.Delay(s_settle);
        var apiRest = api.ResidentBytes();
        var bareRest = bare.ResidentBytes();

        foreach (var target in targets)
        {
            Progress($"warm-up: {target.Name}");
            await WrkRunner.RunAsync(target, options.WarmUp, "warm-up");
        }

        var saturation = new List<LoadResult>();
        var peak = RssSampler.Start(api, TimeSpan.FromSeconds(1));
        for (var round = 1; round <= options.SaturationRounds; round++)
        {
            foreach (var target in targets)
            {
                Progress($"saturation round {round}: {target.Name}");
                saturation.Add(await WrkRunner.RunAsync(target, options.SaturationRun, "saturation"));
            }
        }

        var saturationSamples = await peak.StopAsync();

        // Half of what the prediction endpoint sustained, offered to all three alike.
        var predictSaturation = saturation.Where(run => run.Target == Predict).Average(run => run.RequestsPerSecond);
        var fixedRate = Math.Max(100, (int)Math.Round(predictSaturation / 2 / 100) * 100);

        var fixedRuns = new List<LoadResult>();
        foreach (var target in targets)
        {
            Progress($"fixed rate {fixedRate}/s: {target.Name}");
            fixedRuns.Add(await FixedRateClient.RunAsync(target, fixedRate, options.FixedRateRun));
        }

        Progress("cache: off, miss and hit against a redis-server of the suite's own");
        var cache = await CacheSuite.RunAsync(options, predictTarget, logs);

        Progress($"memory soak: {options.Soak.TotalSeconds:0} s of predictions at saturation");
        var soakSampler = RssSampler.Start(api, options.SoakSampleInterval);
        var soakLoad = await WrkRunner.RunAsync(predictTarget, options.Soak, "soak");
        var soak = await soakSampler.StopAsync();

        await Task.Delay(s_settle);
        var apiRestAfterSoak = api.ResidentBytes();

        var apiPeak = saturationSamples.Concat(soak).Max(sample => sample.Bytes);

        return new HttpResults(
            startups,
            saturation,
            fixedRate,
            fixedRuns,
            apiRest,
            apiPeak,
            apiRestAfterSoak,
            bareRest,
            soak,
            soakLoad,
            cache);
    }

    private static void Progress(string step) =>
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] http: {step}");
}
