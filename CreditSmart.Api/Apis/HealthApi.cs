using System.Diagnostics;
using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.Scoring;

namespace CreditSmart.Api.Apis;

public static class HealthApi
{
    private static readonly long s_startedAt = Stopwatch.GetTimestamp();

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/health", GetHealth)
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Whether the service is scoring with a model or with the rule engine");

        return app;
    }

    // Reads only what is in memory: health must stay fast when disks or networks are not.
    private static HealthResponse GetHealth(LiveScorer scorer) => new(
        ServiceStatus: scorer.ModelLoaded ? "ok" : "degraded",
        ApiVersion: ApiVersion.Current,
        ModelLoaded: scorer.ModelLoaded,
        ModelVersion: scorer.Info.ModelVersion,
        UptimeSeconds: Math.Round(Stopwatch.GetElapsedTime(s_startedAt).TotalSeconds, 3),
        AppVersion: ApiVersion.App);
}
