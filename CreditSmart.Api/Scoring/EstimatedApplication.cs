using CreditSmart.Scoring;

namespace CreditSmart.Api.Scoring;

/// <summary>An unexplained score together with the scorer that made it.</summary>
public sealed record EstimatedApplication(RiskEstimate Estimate, ScorerInfo Scorer);
