namespace CreditSmart.Benchmarks.Http;

/// <summary>Everything the HTTP half of the suite measured.</summary>
public sealed record HttpResults(
    IReadOnlyList<StartupResult> Startups,
    IReadOnlyList<LoadResult> Saturation,
    int FixedRate,
    IReadOnlyList<LoadResult> FixedRateRuns,
    long ApiRestBytes,
    long ApiPeakBytes,
    long ApiRestAfterSoakBytes,
    long BareRestBytes,
    IReadOnlyList<RssSample> Soak,
    LoadResult SoakLoad,
    CacheResults Cache)
{
    /// <summary>Mean saturation throughput of one endpoint over its rounds.</summary>
    public double SaturationThroughput(string target) =>
        Saturation.Where(run => run.Target == target).Average(run => run.RequestsPerSecond);

    public LoadResult FixedRateOf(string target) => FixedRateRuns.Single(run => run.Target == target);
}
