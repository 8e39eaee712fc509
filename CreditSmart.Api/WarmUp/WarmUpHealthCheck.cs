using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreditSmart.Api.WarmUp;

/// <summary>Not ready until the warm-up has run, so the first caller a load balancer lets in is not the one that pays for it.</summary>
public sealed class WarmUpHealthCheck(WarmUpRequests warmUp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmUp.Finished
            ? HealthCheckResult.Healthy("The HTTP pipeline is warm.")
            : HealthCheckResult.Unhealthy("The HTTP pipeline is still warming up."));
}
