namespace CreditSmart.Scoring.Decisions;

/// <summary>
/// The precision a probability of default is reported in. Scorers round before they band, so
/// the probability a caller sees always sits in the band and decision it was given: 0.099996
/// is reported as 0.1, and 0.1 is medium.
/// </summary>
public static class ReportedProbability
{
    /// <summary>Decimal places in every response and audit record.</summary>
    public const int Digits = 4;

    public static double Round(double probability) =>
        Math.Round(probability, Digits, MidpointRounding.AwayFromZero);
}
