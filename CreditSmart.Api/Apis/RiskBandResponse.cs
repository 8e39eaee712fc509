using CreditSmart.Scoring.Decisions;

namespace CreditSmart.Api.Apis;

/// <summary>One risk band: the probabilities of default it covers and the decision it leads to.</summary>
/// <param name="From">The lowest probability in the band (inclusive).</param>
/// <param name="Below">The probability where the next band starts (exclusive); null for the last band.</param>
public sealed record RiskBandResponse(RiskBand Band, double From, double? Below, Decision Decision)
{
    /// <summary>The four bands the thresholds make, lowest first.</summary>
    public static IReadOnlyList<RiskBandResponse> Of(DecisionThresholds thresholds) =>
    [
        Make(RiskBand.Low, 0, thresholds.MediumFrom),
        Make(RiskBand.Medium, thresholds.MediumFrom, thresholds.HighFrom),
        Make(RiskBand.High, thresholds.HighFrom, thresholds.VeryHighFrom),
        Make(RiskBand.VeryHigh, thresholds.VeryHighFrom, null),
    ];

    private static RiskBandResponse Make(RiskBand band, double from, double? below) =>
        new(band, from, below, DecisionThresholds.DecisionFor(band));
}
