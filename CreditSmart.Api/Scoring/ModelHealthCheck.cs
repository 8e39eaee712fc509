using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreditSmart.Api.Scoring;

/// <summary>
/// Readiness of scoring: healthy on a model, degraded (still serving, from rules) without one,
/// unhealthy only before start-up has settled.
/// </summary>
public sealed class ModelHealthCheck(LiveScorer live) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = (live.Initialized, live.ModelLoaded) switch
        {
            (false, _) => HealthCheckResult.Unhealthy("The model is still loading."),
            (true, true) => HealthCheckResult.Healthy($"Serving {live.Info.ModelVersion}."),
            _ => HealthCheckResult.Degraded($"Serving the rule engine because {live.FallbackReason}."),
        };

        return Task.FromResult(result);
    }
}
