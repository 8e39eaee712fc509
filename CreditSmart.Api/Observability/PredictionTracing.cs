using System.Diagnostics;
using CreditSmart.Scoring;
using CreditSmart.Scoring.Decisions;

namespace CreditSmart.Api.Observability;

/// <summary>
/// The spans of one prediction, on the <c>CreditSmart</c> activity source: <c>prediction</c>
/// under the HTTP request's span, with a child for each step. Attributes name the request and
/// the outcome, never an input value. With no listener every call returns null at little cost.
/// </summary>
public static class PredictionTracing
{
    public const string Prediction = "prediction";
    public const string Validation = "prediction.validate";
    public const string Cache = "prediction.cache";
    public const string Scoring = "prediction.score";
    public const string Explanation = "prediction.explain";

    /// <summary>Outcomes of a prediction span, besides the input problem codes.</summary>
    public const string Success = "success";
    public const string ValidationFailed = "validation_failed";

    private static readonly ActivitySource s_source = new(Microsoft.Extensions.Hosting.Extensions.TelemetrySourceName);

    public static Activity? StartPrediction(string requestId) =>
        s_source.StartActivity(Prediction)?.SetTag(TelemetryTags.RequestId, requestId);

    public static Activity? StartValidation() => s_source.StartActivity(Validation);

    public static Activity? StartCacheLookup() => s_source.StartActivity(Cache);

    public static Activity? StartScoring() => s_source.StartActivity(Scoring);

    public static Activity? StartExplanation() => s_source.StartActivity(Explanation);

    /// <summary>What scored the request and what it decided.</summary>
    public static void SetOutcome(Activity? activity, ScorerInfo scorer, RiskEstimate estimate) =>
        SetOutcome(activity, scorer, estimate.Band, estimate.Decision);

    public static void SetOutcome(Activity? activity, ScorerInfo scorer, RiskBand band, Decision decision)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag(TelemetryTags.ModelVersion, scorer.ModelVersion);
        activity.SetTag(TelemetryTags.ScoringMode, WireNames.Of(scorer.Mode));
        activity.SetTag(TelemetryTags.RiskBand, WireNames.Of(band));
        activity.SetTag(TelemetryTags.Decision, WireNames.Of(decision));
    }

    /// <summary>A refused body: the outcome is one of the fixed problem labels.</summary>
    public static void SetRefused(Activity? activity, string outcome, int errorCount)
    {
        activity?.SetTag(TelemetryTags.Outcome, outcome);
        activity?.SetTag(TelemetryTags.ErrorCount, errorCount);
    }
}
