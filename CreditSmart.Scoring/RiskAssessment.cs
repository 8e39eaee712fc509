using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Explanations;

namespace CreditSmart.Scoring;

/// <summary>The scored outcome of one application.</summary>
/// <param name="Probability">The probability of default, in [0, 1].</param>
public sealed record RiskAssessment(
    double Probability,
    RiskBand Band,
    Decision Decision,
    IReadOnlyList<KeyFactor> KeyFactors);
