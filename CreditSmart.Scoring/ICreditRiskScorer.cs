using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring;

/// <summary>Scores applications. Implementations are safe to call from many threads at once.</summary>
public interface ICreditRiskScorer
{
    ScorerInfo Info { get; }

    /// <summary>Scores without explaining; <see cref="RiskEstimate.Explain"/> is the second step.</summary>
    RiskEstimate Estimate(CreditApplication application);

    /// <summary>Both steps at once.</summary>
    RiskAssessment Score(CreditApplication application);
}
