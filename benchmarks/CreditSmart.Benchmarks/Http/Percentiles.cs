using System.Diagnostics;

namespace CreditSmart.Benchmarks.Http;

/// <summary>Exact percentiles of recorded <see cref="Stopwatch"/> intervals.</summary>
public static class Percentiles
{
    /// <summary>The nearest-rank percentile, in milliseconds, of intervals already sorted ascending.</summary>
    public static double Of(ReadOnlySpan<long> sortedTicks, double percentile)
    {
        if (sortedTicks.IsEmpty)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sortedTicks.Length);
        var index = Math.Clamp(rank - 1, 0, sortedTicks.Length - 1);
        return ToMilliseconds(sortedTicks[index]);
    }

    public static double ToMilliseconds(long ticks) => ticks * 1_000.0 / Stopwatch.Frequency;
}
