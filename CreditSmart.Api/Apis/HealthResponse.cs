namespace CreditSmart.Api.Apis;

/// <summary>The service's state, from memory only.</summary>
/// <param name="ServiceStatus"><c>ok</c> on a model, <c>degraded</c> on the rule engine.</param>
public sealed record HealthResponse(
    string ServiceStatus,
    string ApiVersion,
    bool ModelLoaded,
    string ModelVersion,
    double UptimeSeconds,
    string AppVersion);
