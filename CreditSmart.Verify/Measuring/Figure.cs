using System.Globalization;

namespace CreditSmart.Verify.Measuring;

/// <summary>Numbers as the checklist writes them, the same on every machine's locale.</summary>
public static class Figure
{
    public static string Ms(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Ms(TimeSpan duration) => Ms(duration.TotalMilliseconds);

    public static string Percent(double fraction) => (fraction * 100).ToString("0.0#", CultureInfo.InvariantCulture) + " %";

    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Decimal(double value, int places) => value.ToString("F" + places, CultureInfo.InvariantCulture);

    /// <summary>How often each kind occurred, the commonest first: "3 × 429, 1 × 500".</summary>
    public static string Tally(IEnumerable<string> kinds) => string.Join(", ", kinds
        .GroupBy(kind => kind)
        .OrderByDescending(group => group.Count())
        .Select(group => $"{Count(group.Count())} × {group.Key}"));
}
