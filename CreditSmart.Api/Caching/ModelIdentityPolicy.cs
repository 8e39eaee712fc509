using CreditSmart.Api.Scoring;
using Microsoft.AspNetCore.OutputCaching;

namespace CreditSmart.Api.Caching;

/// <summary>
/// Keys the model endpoint's entry on the model serving now (version and artifact SHA-256), so
/// no instance finds another model's entry whether or not an eviction reached the store; and
/// stores nothing when a swap happened while the request ran, since its body may then describe
/// a model other than the one in its key.
/// </summary>
public sealed class ModelIdentityPolicy : IOutputCachePolicy
{
    public const string VaryByName = "model";

    private static readonly object s_generation = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var live = context.HttpContext.RequestServices.GetRequiredService<LiveScorer>();

        // The generation is read first: a swap after it shows in ServeResponseAsync below.
        context.HttpContext.Items[s_generation] = live.Generation;
        var info = live.Info;
        context.CacheVaryByRules.VaryByValues[VaryByName] = $"{info.ModelVersion}:{info.ArtifactSha256 ?? "none"}";

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var live = context.HttpContext.RequestServices.GetRequiredService<LiveScorer>();
        if (context.HttpContext.Items[s_generation] is not long generation || generation != live.Generation)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
