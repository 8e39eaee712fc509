namespace CreditSmart.Benchmarks;

/// <summary>What to run and where, from the command line; durations follow from <see cref="Quick"/>.</summary>
public sealed record SuiteOptions(
    bool Quick,
    bool SkipCore,
    string ApiDll,
    string BareDll,
    string ReportPath,
    string WorkDirectory)
{
    public const string Usage =
        "usage: CreditSmart.Benchmarks --api PATH/CreditSmart.Api.dll --bare PATH/CreditSmart.BareEndpoint.dll "
        + "--report PATH.md [--work DIR] [--quick] [--skip-core]";

    /// <summary>Load before any measurement, so every endpoint is measured on tier-1 code.</summary>
    public TimeSpan WarmUp => TimeSpan.FromSeconds(Quick ? 6 : 15);

    /// <summary>Each closed-loop (saturation) run with wrk.</summary>
    public TimeSpan SaturationRun => TimeSpan.FromSeconds(Quick ? 5 : 15);

    /// <summary>Saturation runs are repeated, endpoints interleaved, so drift hits all of them alike.</summary>
    public int SaturationRounds => Quick ? 1 : 2;

    /// <summary>Each open-loop run at the fixed rate.</summary>
    public TimeSpan FixedRateRun => TimeSpan.FromSeconds(Quick ? 5 : 20);

    /// <summary>Process starts measured; the report gives the median.</summary>
    public int StartupRuns => Quick ? 1 : 3;

    /// <summary>The memory soak: prediction load at saturation, resident memory sampled throughout.</summary>
    public TimeSpan Soak => TimeSpan.FromSeconds(Quick ? 30 : 300);

    /// <summary>Load on each cache mode before the cache comparison records anything.</summary>
    public TimeSpan CacheWarmUp => TimeSpan.FromSeconds(Quick ? 3 : 5);

    /// <summary>Each run of the cache comparison (cache off, all misses, all hits).</summary>
    public TimeSpan CacheRun => TimeSpan.FromSeconds(Quick ? 3 : 10);

    public int CacheRounds => Quick ? 1 : 2;

    public TimeSpan SoakSampleInterval => TimeSpan.FromSeconds(Quick ? 5 : 10);

    public static SuiteOptions? Parse(string[] args)
    {
        var quick = false;
        var skipCore = false;
        string? api = null, bare = null, report = null, work = null;

        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--skip-core":
                    skipCore = true;
                    break;
                case "--api" when i + 1 < args.Length:
                    api = args[++i];
                    break;
                case "--bare" when i + 1 < args.Length:
                    bare = args[++i];
                    break;
                case "--report" when i + 1 < args.Length:
                    report = args[++i];
                    break;
                case "--work" when i + 1 < args.Length:
                    work = args[++i];
                    break;
                default:
                    return null;
            }
        }

        if (api is null || bare is null || report is null)
        {
            return null;
        }

        return new SuiteOptions(
            quick,
            skipCore,
            Path.GetFullPath(api),
            Path.GetFullPath(bare),
            Path.GetFullPath(report),
            Path.GetFullPath(work ?? Path.Combine(Path.GetTempPath(), "creditsmart-benchmarks")));
    }
}
