using System.Text.Json.Serialization;

namespace CreditSmart.Scoring.Decisions;

/// <summary>
/// Where the risk bands start, as probabilities of default. Low approves, medium goes to a
/// person for review, high and very high decline. A model artifact carries its own thresholds
/// in its metadata, so a new model cannot silently reuse edges tuned for an old one.
/// </summary>
public sealed record DecisionThresholds(
    [property: JsonPropertyName("medium_from")] double MediumFrom,
    [property: JsonPropertyName("high_from")] double HighFrom,
    [property: JsonPropertyName("very_high_from")] double VeryHighFrom)
{
    /// <summary>
    /// Edges around the data's 15 % base rate: below 10 % is comfortably better than average,
    /// from 20 % a loan is more likely than most to be charged off, from 35 % one in three is.
    /// </summary>
    public static DecisionThresholds Default { get; } = new(0.10, 0.20, 0.35);

    /// <summary>The band of a probability; one that is not a number fails closed, as very high.</summary>
    public RiskBand BandOf(double probability) => probability switch
    {
        _ when double.IsNaN(probability) || probability >= VeryHighFrom => RiskBand.VeryHigh,
        _ when probability >= HighFrom => RiskBand.High,
        _ when probability >= MediumFrom => RiskBand.Medium,
        _ => RiskBand.Low,
    };

    public static Decision DecisionFor(RiskBand band) => band switch
    {
        RiskBand.Low => Decision.Approve,
        RiskBand.Medium => Decision.Review,
        _ => Decision.Decline,
    };

    /// <summary>True when the edges rise strictly inside (0, 1).</summary>
    [JsonIgnore]
    public bool IsValid =>
        MediumFrom > 0 && MediumFrom < HighFrom && HighFrom < VeryHighFrom && VeryHighFrom < 1;
}
