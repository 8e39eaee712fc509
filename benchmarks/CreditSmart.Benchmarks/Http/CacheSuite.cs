namespace CreditSmart.Benchmarks.Http;

/// <summary>
/// The prediction cache against a real redis-server the suite starts on a loopback port: the
/// suite's API with no cache, and a second API with <c>PredictionCache:Enabled</c> loaded once
/// with a different application on every request (every lookup a miss, then a write) and once
/// with the same one (every lookup after the first a hit). Runs are interleaved by round and
/// bounded in time; fewer connections than at saturation, so Redis calls are measured rather
/// than the timeouts of an overloaded machine.
/// </summary>
public static class CacheSuite
{
    public const string Off = "off";
    public const string Miss = "miss";
    public const string Hit = "hit";

    public const int Connections = 16;

    // The API's cache_unavailable event (CacheLog), as its JSON console line writes it.
    private const string UnavailableEvent = "\"EventId\":1401,";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    public static async Task<CacheResults> RunAsync(SuiteOptions options, LoadTarget uncached, string logs)
    {
        using var redis = ServerProcess.StartRedis(Path.Combine(logs, "redis.log"));
        await redis.WaitUntilListeningAsync(s_startTimeout);

        using var api = ServerProcess.Start(options.ApiDll, Path.Combine(logs, "api-cache.log"), new Dictionary<string, string>
        {
            ["PredictionCache__Enabled"] = "true",
            ["ConnectionStrings__cache"] = $"127.0.0.1:{redis.BaseAddress.Port}",
            // Its own audit file: two processes must never append to one.
            ["Audit__Path"] = Path.Combine(options.WorkDirectory, "audit-cache.jsonl"),
        });
        await api.WaitUntilListeningAsync(s_startTimeout);
        var cached = uncached with { Name = "cached", Url = new Uri(api.BaseAddress, "api/v1/predict") };

        // Every application of every miss run is new; the run number keeps runs apart.
        var missRun = 0;
        Progress("warm-up");
        await WrkRunner.RunAsync(uncached, options.CacheWarmUp, "cache warm-up", Connections);
        await WrkRunner.RunAsync(cached, options.CacheWarmUp, "cache warm-up", Connections, uniqueRun: ++missRun);
        await WrkRunner.RunAsync(cached, options.CacheWarmUp, "cache warm-up", Connections, countCache: true);

        var runs = new List<CacheRun>();
        for (var round = 1; round <= options.CacheRounds; round++)
        {
            foreach (var mode in (string[])[Off, Miss, Hit])
            {
                Progress($"round {round}: {mode}");
                var unavailableBefore = api.CountLogLines(UnavailableEvent);
                var load = mode switch
                {
                    Off => await WrkRunner.RunAsync(uncached, options.CacheRun, "cache", Connections),
                    Miss => await WrkRunner.RunAsync(cached, options.CacheRun, "cache", Connections, uniqueRun: ++missRun, countCache: true),
                    _ => await WrkRunner.RunAsync(cached, options.CacheRun, "cache", Connections, countCache: true),
                };
                var unavailable = mode == Off ? 0 : api.CountLogLines(UnavailableEvent) - unavailableBefore;
                runs.Add(new CacheRun(mode, load with { Target = mode }, unavailable));
            }
        }

        return new CacheResults(runs, Connections, options.CacheRun, options.CacheRounds);
    }

    private static void Progress(string step) =>
        Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] cache: {step}");
}
