using CreditSmart.Scoring;
using CreditSmart.Scoring.Decisions;

namespace CreditSmart.Api.Apis;

/// <summary>A successful prediction.</summary>
/// <param name="Prediction">Probability of default in [0, 1], rounded to four places.</param>
/// <param name="Degraded">True when the rule engine answered because no model could.</param>
public sealed record PredictionResponse(
    string Status,
    string RequestId,
    string ApiVersion,
    string ModelVersion,
    double Prediction,
    RiskBand RiskBand,
    Decision Decision,
    IReadOnlyList<KeyFactorResponse> KeyFactors,
    bool Degraded,
    ScoringMode ScoringMode,
    string ExplanationMethod);
