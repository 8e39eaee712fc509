using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring;

/// <summary>Scores applications. Implementations are safe to call from many threads at once.</summary>
public interface ICreditRiskScorer
{
    ScorerInfo Info { get; }

    RiskAssessment Score(CreditApplication application);
}
