using CreditSmart.Benchmarks.Http;

namespace CreditSmart.Benchmarks.Reporting;

/// <summary>
/// Whether resident memory grew over the soak: the mean of the last fifth of the samples against
/// the mean of the second fifth (the first is warm-up), and a least-squares slope over all but the first fifth.
/// </summary>
public sealed record SoakTrend(double EarlyMegabytes, double LateMegabytes, double SlopeMegabytesPerMinute)
{
    /// <summary>Growth under this share of the early level counts as flat.</summary>
    public const double FlatTolerance = 0.05;

    public double GrowthMegabytes => LateMegabytes - EarlyMegabytes;

    public double GrowthShare => EarlyMegabytes > 0 ? GrowthMegabytes / EarlyMegabytes : 0;

    public bool IsFlat => GrowthShare < FlatTolerance;

    public static SoakTrend Of(IReadOnlyList<RssSample> samples)
    {
        var end = samples[^1].Seconds;
        double MeanBetween(double from, double to)
        {
            var window = samples.Where(sample => sample.Seconds >= from && sample.Seconds <= to).ToArray();
            return window.Length > 0 ? window.Average(sample => sample.Megabytes) : samples[^1].Megabytes;
        }

        var early = MeanBetween(end * 0.2, end * 0.4);
        var late = MeanBetween(end * 0.8, end);

        var settled = samples.Where(sample => sample.Seconds >= end * 0.2).ToArray();
        var slope = 0.0;
        if (settled.Length >= 2)
        {
            var meanX = settled.Average(sample => sample.Seconds);
            var meanY = settled.Average(sample => sample.Megabytes);
            var covariance = settled.Sum(sample => (sample.Seconds - meanX) * (sample.Megabytes - meanY));
            var variance = settled.Sum(sample => Math.Pow(sample.Seconds - meanX, 2));
            slope = variance > 0 ? covariance / variance * 60 : 0;
        }

        return new SoakTrend(early, late, slope);
    }
}
