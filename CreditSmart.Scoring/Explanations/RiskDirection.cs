namespace CreditSmart.Scoring.Explanations;

/// <summary>Which way a factor pushed the applicant's risk.</summary>
public enum RiskDirection
{
    IncreasesRisk,
    DecreasesRisk,
}
