using CreditSmart.Scoring;

namespace CreditSmart.Api.Scoring;

/// <summary>An assessment together with the scorer that made it.</summary>
public sealed record ScoredApplication(RiskAssessment Assessment, ScorerInfo Scorer);
