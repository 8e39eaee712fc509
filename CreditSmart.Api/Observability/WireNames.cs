using CreditSmart.Api.Caching;
using CreditSmart.Scoring;
using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Explanations;

namespace CreditSmart.Api.Observability;

/// <summary>
/// Enum values as the JSON contract spells them, as constant strings: telemetry and the audit
/// trail name them on every request, and <c>ToString</c> would allocate each time.
/// </summary>
public static class WireNames
{
    public static string Of(ScoringMode mode) => mode switch
    {
        ScoringMode.Model => "model",
        _ => "rules",
    };

    public static string Of(RiskBand band) => band switch
    {
        RiskBand.Low => "low",
        RiskBand.Medium => "medium",
        RiskBand.High => "high",
        _ => "very_high",
    };

    public static string Of(Decision decision) => decision switch
    {
        Decision.Approve => "approve",
        Decision.Review => "review",
        _ => "decline",
    };

    public static string Of(CacheLookup lookup) => lookup switch
    {
        CacheLookup.Hit => "hit",
        CacheLookup.Miss => "miss",
        CacheLookup.Unavailable => "unavailable",
        _ => "off",
    };

    public static string Of(RiskDirection direction) => direction switch
    {
        RiskDirection.IncreasesRisk => "increases_risk",
        _ => "decreases_risk",
    };
}
