using CreditSmart.Api.Scoring;

namespace CreditSmart.Api.Apis;

/// <summary>The service's state, from memory only.</summary>
/// <param name="ServiceStatus"><c>ok</c> on a model, <c>degraded</c> on the rule engine.</param>
/// <param name="ArtifactSha256">The serving artifact's SHA-256; null on the rule engine.</param>
/// <param name="ModelSource">Where the serving model came from: store, last_known_good, bundled or rules.</param>
/// <param name="Cache">The output cache's store: <c>available</c> or <c>unavailable</c> (Redis), or <c>memory</c> (no Redis configured).</param>
/// <param name="PredictionCache">Whether predictions are cached too (<c>PredictionCache:Enabled</c>).</param>
public sealed record HealthResponse(
    string ServiceStatus,
    string ApiVersion,
    bool ModelLoaded,
    string ModelVersion,
    double UptimeSeconds,
    string AppVersion,
    string? ArtifactSha256,
    ModelSource ModelSource,
    string Cache,
    bool PredictionCache);
