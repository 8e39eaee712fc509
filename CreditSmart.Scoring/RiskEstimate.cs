using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Explanations;

namespace CreditSmart.Scoring;

/// <summary>
/// A score before it is explained: the probability, band and decision, with the per-field
/// contributions that will become key factors. Scoring and explaining are separate steps, so
/// each can be timed and traced on its own.
/// </summary>
/// <param name="Probability">The probability of default, in [0, 1].</param>
public sealed record RiskEstimate(
    double Probability,
    RiskBand Band,
    Decision Decision,
    FieldContributions Contributions)
{
    /// <summary>Selects the key factors and completes the assessment.</summary>
    public RiskAssessment Explain(CreditApplication application) =>
        new(Probability, Band, Decision, KeyFactorSelector.Select(Contributions, application));
}
