using CreditSmart.Api.Observability;
using CreditSmart.Api.Scoring;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Caching;

/// <summary>
/// Says at start which store the API caches in, and evicts the model endpoint's entries from it
/// on every swap, so they never outlive the model they describe.
/// </summary>
public sealed class CacheStoreLifecycle(
    GuardedCacheStore store,
    LiveScorer live,
    IOptions<PredictionCacheOptions> options,
    ILogger<CacheStoreLifecycle> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        CacheLog.StoreSelected(
            logger,
            store.IsShared ? CacheLog.RedisStore : CacheLog.MemoryStore,
            options.Value.Enabled);
        live.Changed += Evict;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        live.Changed -= Evict;
        return Task.CompletedTask;
    }

    // Not awaited: a swap must not wait on Redis. The store bounds the call and never throws,
    // and an entry an eviction misses is still never found, since its key names its model.
    private void Evict() => _ = store.EvictByTagAsync(CachePolicies.Model, CancellationToken.None).AsTask();
}
