namespace CreditSmart.Benchmarks.Http;

/// <summary>The cache comparison: cache off, every request a miss, every request a hit.</summary>
public sealed record CacheResults(IReadOnlyList<CacheRun> Runs, int Connections, TimeSpan RunLength, int Rounds)
{
    public double Throughput(string mode) =>
        Runs.Where(run => run.Mode == mode).Average(run => run.Load.RequestsPerSecond);

    /// <summary>A mode's throughput against the cache-off run's.</summary>
    public double Ratio(string mode) => Throughput(mode) / Throughput(CacheSuite.Off);
}
