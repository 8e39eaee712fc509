using System.Text.Json.Serialization;

namespace CreditSmart.Scoring.Model;

/// <summary>How many rows a slice of the training data holds, and how many of them defaulted.</summary>
public sealed record DataSliceSummary(
    [property: JsonPropertyName("rows")] int Rows,
    [property: JsonPropertyName("defaults")] int Defaults,
    [property: JsonPropertyName("default_rate")] double DefaultRate)
{
    /// <summary>A summary with the default rate worked out; 0 for an empty slice.</summary>
    public static DataSliceSummary Of(int rows, int defaults) =>
        new(rows, defaults, rows == 0 ? 0 : (double)defaults / rows);
}
