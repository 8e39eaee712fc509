using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.Scoring;
using CreditSmart.Scoring;
using CreditSmart.Scoring.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using static CreditSmart.Api.Problems.Problems;

namespace CreditSmart.Api.Apis;

public static class PredictionApi
{
    public static IEndpointRouteBuilder MapPredictionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Predictions");

        api.MapPost("/predict", PredictAsync)
            .WithName("Predict")
            .WithSummary("Score one loan application")
            .WithDescription("Returns the probability of default, a risk band, a decision and the key factors behind it.")
            .Accepts<PredictionRequest>("application/json")
            .Produces<PredictionResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return app;
    }

    // The body is read by hand, not bound: binding would answer bad input with its own
    // messages, which quote values, and would stop at the first problem.
    private static async Task<Results<Ok<PredictionResponse>, ProblemHttpResult>> PredictAsync(
        HttpContext context,
        LiveScorer scorer,
        CancellationToken cancellationToken)
    {
        if (!RequestBody.IsJson(context.Request.ContentType))
        {
            return UnsupportedMediaType();
        }

        var body = await RequestBody.ReadAsync(context.Request, cancellationToken);
        if (body is null)
        {
            return PayloadTooLarge(RequestBody.MaxBytes);
        }

        var read = CreditApplicationReader.Read(body);
        if (read.Outcome == ReadOutcome.Malformed)
        {
            return MalformedJson();
        }

        if (read.Application is not { } application)
        {
            return ValidationFailed(read.Errors);
        }

        var (assessment, scoredBy) = scorer.Score(application);

        return TypedResults.Ok(new PredictionResponse(
            Status: "success",
            RequestId: RequestId.Get(context),
            ApiVersion: ApiVersion.Current,
            ModelVersion: scoredBy.ModelVersion,
            Prediction: Math.Round(assessment.Probability, 4),
            RiskBand: assessment.Band,
            Decision: assessment.Decision,
            KeyFactors: [.. assessment.KeyFactors.Select(KeyFactorResponse.From)],
            Degraded: scoredBy.Mode == ScoringMode.Rules,
            ScoringMode: scoredBy.Mode,
            ExplanationMethod: scoredBy.ExplanationMethod));
    }
}
