using System.Diagnostics;
using CreditSmart.Api.Audit;
using CreditSmart.Api.Caching;
using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.Limits;
using CreditSmart.Api.Observability;
using CreditSmart.Api.Scoring;
using CreditSmart.Api.Security;
using CreditSmart.Api.WarmUp;
using CreditSmart.Scoring;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using static CreditSmart.Api.Problems.Problems;

namespace CreditSmart.Api.Apis;

public static class PredictionApi
{
    public const string CacheHeaderName = "X-Cache";

    public static IEndpointRouteBuilder MapPredictionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .WithTags("Predictions")
            .RequireAuthorization(ApiKeyAuthenticationHandler.PolicyName)
            .RequireRateLimiting(RateLimitExtensions.PolicyName);

        api.MapPost("/predict", PredictAsync)
            .WithName("Predict")
            .WithSummary("Score one loan application")
            .WithDescription("Returns the probability of default, a risk band, a decision and the key factors behind it.")
            .Accepts<PredictionRequest>("application/json")
            .Produces<PredictionResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status408RequestTimeout)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);

        return app;
    }

    // One trace per prediction: a span for the whole, and one for each step under it.
    private static async Task<Results<Ok<PredictionResponse>, ProblemHttpResult>> PredictAsync(
        HttpContext context,
        LiveScorer scorer,
        PredictionObserver observer,
        AuditTrail audit,
        PredictionCache cache,
        WarmUpRequests warmUps,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var requestId = RequestId.Get(context);

        // The start-up warm-up runs this whole path but decides nothing: it skips the cache, the
        // audit trail and the prediction metrics and logs.
        var warmUp = warmUps.IsWarmUp(context);
        using var prediction = PredictionTracing.StartPrediction(requestId);

        var (application, problem) = await ValidateAsync(context.Request, prediction, observer, cancellationToken);
        if (application is null)
        {
            return problem!;
        }

        if (!warmUp)
        {
            observer.Received(application);
        }

        // Looked up under the scorer serving now: an answer from any other model is never found.
        // Each caller has its own entries, so one caller's traffic says nothing to another.
        var caller = CallerIdentity.IdOf(context.User);
        var (lookup, cached) = warmUp
            ? (CacheLookup.Off, null)
            : await LookUpAsync(cache, application, caller, scorer.Info, observer, cancellationToken);
        SetCacheHeader(context.Response, lookup);

        var answer = cached
            ?? await ScoreAsync(application, caller, scorer, warmUp ? null : observer, cache, lookup, cancellationToken);
        var (assessment, scoredBy) = answer;

        // Written afresh from the assessment, so a cached answer carries this request's id.
        var response = new PredictionResponse(
            Status: "success",
            RequestId: requestId,
            ApiVersion: ApiVersion.Current,
            ModelVersion: scoredBy.ModelVersion,
            Prediction: assessment.Probability,
            RiskBand: assessment.Band,
            Decision: assessment.Decision,
            KeyFactors: [.. assessment.KeyFactors.Select(KeyFactorResponse.From)],
            Degraded: scoredBy.Mode == ScoringMode.Rules,
            ScoringMode: scoredBy.Mode,
            ExplanationMethod: scoredBy.ExplanationMethod);

        if (warmUp)
        {
            return TypedResults.Ok(response);
        }

        // Queued, not written: the audit writer hashes the application and appends the line.
        audit.Record(new AuditRecord(
            time.GetUtcNow(),
            requestId,
            scoredBy,
            response.Prediction,
            assessment.Band,
            assessment.Decision,
            assessment.KeyFactors,
            application));

        observer.Answered(prediction, answer, Stopwatch.GetElapsedTime(started));
        return TypedResults.Ok(response);
    }

    private static async Task<(CacheLookup Lookup, ScoredApplication? Cached)> LookUpAsync(
        PredictionCache cache,
        CreditApplication application,
        string? caller,
        ScorerInfo scorer,
        PredictionObserver observer,
        CancellationToken cancellationToken)
    {
        if (!cache.Enabled)
        {
            return (CacheLookup.Off, null);
        }

        using var lookupSpan = PredictionTracing.StartCacheLookup();
        var found = await cache.GetAsync(application, caller, scorer, cancellationToken);
        observer.CacheLookedUp(lookupSpan, found.Lookup);
        return found;
    }

    private static async Task<ScoredApplication> ScoreAsync(
        CreditApplication application,
        string? caller,
        LiveScorer scorer,
        PredictionObserver? observer,
        PredictionCache cache,
        CacheLookup lookup,
        CancellationToken cancellationToken)
    {
        EstimatedApplication scored;
        using (var scoring = PredictionTracing.StartScoring())
        {
            var scoringStarted = Stopwatch.GetTimestamp();
            scored = scorer.Estimate(application);
            observer?.Scored(scoring, scored, Stopwatch.GetElapsedTime(scoringStarted));
        }

        var (estimate, scoredBy) = scored;
        RiskAssessment assessment;
        using (var explanation = PredictionTracing.StartExplanation())
        {
            assessment = estimate.Explain(application);
            observer?.Explained(explanation, scoredBy.ExplanationMethod, assessment.KeyFactors.Count);
        }

        // Only successes reach this line, so errors are never cached; after a lookup that
        // failed the store is left alone, so a down or slow Redis is waited on once at most.
        var answer = new ScoredApplication(assessment, scoredBy);
        if (lookup == CacheLookup.Miss)
        {
            await cache.SetAsync(application, caller, answer, cancellationToken);
        }

        return answer;
    }

    // HIT or MISS; a cache that is down is a MISS too, since the answer was scored now.
    private static void SetCacheHeader(HttpResponse response, CacheLookup lookup)
    {
        if (lookup != CacheLookup.Off)
        {
            response.Headers[CacheHeaderName] = lookup == CacheLookup.Hit ? "HIT" : "MISS";
        }
    }

    // The body is read by hand, not bound: binding would answer bad input with its own
    // messages, which quote values, and would stop at the first problem.
    private static async Task<(CreditApplication? Application, ProblemHttpResult? Problem)> ValidateAsync(
        HttpRequest request,
        Activity? prediction,
        PredictionObserver observer,
        CancellationToken cancellationToken)
    {
        using var validation = PredictionTracing.StartValidation();

        if (!RequestBody.IsJson(request.ContentType) || !RequestBody.IsUncompressed(request))
        {
            return (null, observer.Refused(
                prediction, validation, InputProblemLabels.UnsupportedMediaType, UnsupportedMediaType()));
        }

        byte[]? body;
        try
        {
            body = await RequestBody.ReadAsync(request, cancellationToken);
        }
        // Kestrel's word for a client that sends its body too slowly or breaks its framing: the
        // client's fault, so a refusal like any other, not an unhandled error logged with a stack.
        catch (BadHttpRequestException error)
        {
            return error.StatusCode switch
            {
                StatusCodes.Status408RequestTimeout => (null, observer.Refused(
                    prediction, validation, InputProblemLabels.BodyTimedOut, BodyTimedOut())),
                StatusCodes.Status413PayloadTooLarge => (null, observer.Refused(
                    prediction, validation, InputProblemLabels.PayloadTooLarge, PayloadTooLarge(RequestBody.MaxBytes))),
                _ => (null, observer.Refused(prediction, validation, InputProblemLabels.UnreadableBody, UnreadableBody())),
            };
        }

        if (body is null)
        {
            return (null, observer.Refused(
                prediction, validation, InputProblemLabels.PayloadTooLarge, PayloadTooLarge(RequestBody.MaxBytes)));
        }

        var read = CreditApplicationReader.Read(body);
        if (read.Outcome == ReadOutcome.Malformed)
        {
            return (null, observer.Refused(prediction, validation, InputProblemLabels.MalformedJson, MalformedJson()));
        }

        if (read.Application is not { } application)
        {
            return (null, observer.Invalid(prediction, validation, read.Errors, ValidationFailed(read.Errors)));
        }

        return (application, null);
    }
}
