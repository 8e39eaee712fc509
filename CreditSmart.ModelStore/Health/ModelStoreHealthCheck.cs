using CreditSmart.ModelStore.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreditSmart.ModelStore.Health;

/// <summary>
/// Ready when the store has been read, its folder is still there and an active version's artifact
/// can be found: what an API needs from the store to start on it.
/// </summary>
public sealed class ModelStoreHealthCheck(ModelRepository repository) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = repository.State;
        var result = (repository.Loaded, state.Active) switch
        {
            (false, _) => HealthCheckResult.Unhealthy("The store is still loading."),
            (true, null) => HealthCheckResult.Unhealthy("The store has no active model version."),
            (true, { } active) when !File.Exists(repository.Layout.ArtifactPath(active.ModelVersion)) =>
                HealthCheckResult.Unhealthy($"The artifact of the active version {active.ModelVersion} cannot be read."),
            (true, { } active) => HealthCheckResult.Healthy($"Serving {active.ModelVersion}."),
        };

        return Task.FromResult(result);
    }
}
