using System.Diagnostics;
using CreditSmart.Api.Caching;
using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.Scoring;

namespace CreditSmart.Api.Apis;

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        // Mapped at start-up, so this is when the service came up.
        var startedAt = Stopwatch.GetTimestamp();

        app.MapGet("/api/v1/health", (LiveScorer scorer, GuardedCacheStore store, PredictionCache cache) =>
            GetHealth(scorer, store, cache, startedAt))
            // Probes and operators read it without a key and without a rate limit: it answers from memory.
            .AllowAnonymous()
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Whether the service is scoring with a model or with the rule engine");

        return app;
    }

    // Reads only what is in memory: health must stay fast when disks or networks are not.
    // The cache's state is its own line: without it predictions are slower, not wrong, so
    // service_status does not change with it.
    private static HealthResponse GetHealth(LiveScorer scorer, GuardedCacheStore store, PredictionCache cache, long startedAt)
    {
        // One read of the scorer's identity, so version and checksum describe the same model.
        var info = scorer.Info;
        return new(
            ServiceStatus: scorer.ModelLoaded ? "ok" : "degraded",
            ApiVersion: ApiVersion.Current,
            ModelLoaded: scorer.ModelLoaded,
            ModelVersion: info.ModelVersion,
            UptimeSeconds: Math.Round(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, 3),
            AppVersion: ApiVersion.App,
            ArtifactSha256: info.ArtifactSha256,
            ModelSource: scorer.Source,
            Cache: store.Status,
            PredictionCache: cache.Enabled);
    }
}
