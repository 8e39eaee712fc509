using Microsoft.Extensions.Options;

namespace CreditSmart.Api.ModelSync;

/// <summary>
/// Polls the store's active version with its ETag, so an unchanged store costs one 304 a poll and
/// a change reaches this instance within a poll interval plus a load.
/// </summary>
public sealed class ModelSyncService(
    ModelStoreFollower follower,
    IServiceScopeFactory scopes,
    IOptions<ModelSyncOptions> options,
    ILogger<ModelSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!follower.Enabled)
        {
            return;
        }

        var reachable = true;
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // A typed client per poll, so DNS and connection changes are picked up.
                using var scope = scopes.CreateScope();
                await follower.PollAsync(scope.ServiceProvider.GetRequiredService<ModelStoreClient>(), stoppingToken);

                if (!reachable)
                {
                    reachable = true;
                    ModelSyncLog.StoreReachable(logger);
                }
            }
            catch (Exception error) when (ModelStoreFollower.IsUnreachable(error, stoppingToken))
            {
                // Once per outage: a store down for an hour should not write 3,600 warnings.
                if (reachable)
                {
                    reachable = false;
                    ModelSyncLog.StoreUnreachable(logger, ModelStoreFollower.Describe(error));
                }
            }
        }
    }
}
