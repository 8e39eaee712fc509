using CreditSmart.Scoring.Explanations;

namespace CreditSmart.Api.Apis;

/// <summary>One key factor as the wire shows it.</summary>
public sealed record KeyFactorResponse(string Feature, RiskDirection Direction, double Impact, string Reason)
{
    public static KeyFactorResponse From(KeyFactor factor) =>
        new(factor.Feature, factor.Direction, factor.Impact, factor.Reason);
}
