using System.Diagnostics;
using CreditSmart.Api.Caching;
using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.Scoring;

namespace CreditSmart.Api.Apis;

public static class HealthApi
{
    private const string HealthPath = "/api/v1/health";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        // Mapped at start-up, so this is when the service came up.
        var startedAt = Stopwatch.GetTimestamp();

        var health = (LiveScorer scorer, GuardedCacheStore store, PredictionCache cache) =>
            GetHealth(scorer, store, cache, startedAt);

        // Probes and operators read it without a key and without a rate limit: it answers from memory.
        app.MapGet(HealthPath, health)
            .AllowAnonymous()
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Whether the service is scoring with a model or with the rule engine");

        // Uptime monitors often ask with HEAD; HTTP says a GET resource answers it (Kestrel drops the body).
        // Left out of the OpenAPI document, which would otherwise list the same operation twice.
        app.MapMethods(HealthPath, [HttpMethods.Head], health)
            .AllowAnonymous()
            .ExcludeFromDescription();

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
