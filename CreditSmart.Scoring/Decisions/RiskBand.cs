namespace CreditSmart.Scoring.Decisions;

/// <summary>Coarse buckets of default probability that loan officers work with.</summary>
public enum RiskBand
{
    Low,
    Medium,
    High,
    VeryHigh,
}
