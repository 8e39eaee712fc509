using CreditSmart.Api.Caching;
using CreditSmart.Api.Limits;
using CreditSmart.Api.Scoring;
using CreditSmart.Api.Security;
using CreditSmart.Scoring.Rules;

namespace CreditSmart.Api.Apis;

public static class ModelApi
{
    public static IEndpointRouteBuilder MapModelApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/model", GetModel)
            .WithTags("Model")
            .WithName("Model")
            .WithSummary("The model serving now: version, source, features, held-out metrics and risk bands")
            .WithDescription(
                "The same for every caller, and cached: the X-Cache header says HIT or MISS. A cached answer is "
                + "never one of a model no longer serving.")
            .Produces<ModelResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            // Like predictions: only callers with a key, within their limit.
            .RequireAuthorization(ApiKeyAuthenticationHandler.PolicyName)
            .RequireRateLimiting(RateLimitExtensions.PolicyName)
            .CacheOutput(CachePolicies.Model);

        return app;
    }

    // One read of the serving model, so every field describes the same one.
    private static ModelResponse GetModel(LiveScorer live, RuleEngineScorer rules)
    {
        if (live.Model is not { } model)
        {
            var info = rules.Info;
            return new(
                info.ModelVersion, info.Mode, ArtifactSha256: null, ModelSource.Rules,
                Trainer: null, TrainedAt: null, info.ExplanationMethod, RuleEngineScorer.Fields,
                Metrics: null, HeldOutLoans: null, RiskBandResponse.Of(rules.Thresholds));
        }

        // Only the thresholds are checked at load; a metadata file may say null for the rest.
        var metadata = model.Metadata;
        return new(
            model.Info.ModelVersion,
            model.Info.Mode,
            model.Info.ArtifactSha256,
            live.Source,
            metadata.Trainer,
            metadata.TrainedAt,
            model.Info.ExplanationMethod,
            model.Fields,
            metadata.Metrics,
            metadata.TrainingData?.Test?.Rows,
            RiskBandResponse.Of(metadata.DecisionThresholds));
    }
}
