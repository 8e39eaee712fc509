namespace CreditSmart.Verify.Measuring;

/// <summary>Nearest-rank percentiles: the smallest value with at least p % of the values at or below it.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> values, double percent)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("There are no values.", nameof(values));
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
