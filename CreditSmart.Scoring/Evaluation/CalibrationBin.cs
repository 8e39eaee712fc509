using System.Text.Json.Serialization;

namespace CreditSmart.Scoring.Evaluation;

/// <summary>
/// One bin of a calibration table: rows with similar predicted probability, and how often
/// they actually defaulted. A calibrated model has <see cref="MeanPredicted"/> close to
/// <see cref="ObservedRate"/> in every bin.
/// </summary>
/// <param name="Decile">1 for the lowest predicted probabilities, 10 for the highest.</param>
public sealed record CalibrationBin(
    [property: JsonPropertyName("decile")] int Decile,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("defaults")] int Defaults,
    [property: JsonPropertyName("mean_predicted")] double MeanPredicted,
    [property: JsonPropertyName("observed_rate")] double ObservedRate,
    [property: JsonPropertyName("min_predicted")] double MinPredicted,
    [property: JsonPropertyName("max_predicted")] double MaxPredicted);
