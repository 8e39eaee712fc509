namespace CreditSmart.Api.Observability;

/// <summary>
/// The tag names CreditSmart puts on its spans and metrics. They match the wire names of the
/// response, so a dashboard query reads like the JSON an operator already knows.
/// </summary>
public static class TelemetryTags
{
    public const string RequestId = "request_id";
    public const string ModelVersion = "model_version";
    public const string ScoringMode = "scoring_mode";
    public const string RiskBand = "risk_band";
    public const string Decision = "decision";
    public const string ExplanationMethod = "explanation_method";
    public const string KeyFactorCount = "key_factor_count";
    public const string Outcome = "outcome";
    public const string ErrorCount = "error_count";
    public const string Field = "field";
    public const string Code = "code";
    public const string Trigger = "trigger";
    public const string Reason = "reason";
    public const string CacheResult = "cache_result";
}
