using System.Diagnostics;
using CreditSmart.Api.Caching;
using CreditSmart.Api.Scoring;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CreditSmart.Api.Observability;

/// <summary>
/// Reports each step of a prediction to the logs, the metrics and its spans, so the endpoint
/// reads as the steps themselves. What it reports is bands, labels and timings, never input.
/// </summary>
public sealed class PredictionObserver(CreditSmartMetrics metrics, ILoggerFactory loggers)
{
    public const string LogCategory = "CreditSmart.Api.Predictions";

    /// <summary>How many of a refused body's problems its log line names.</summary>
    public const int MaxProblemsLogged = 20;

    private readonly ILogger _logger = loggers.CreateLogger(LogCategory);

    /// <summary>A body refused before its fields were read; <paramref name="code"/> is an <see cref="InputProblemLabels"/> code.</summary>
    public ProblemHttpResult Refused(Activity? prediction, Activity? validation, string code, ProblemHttpResult problem)
    {
        metrics.InputProblem(InputProblemLabels.Body, code);
        PredictionLog.InputRefused(_logger, code, 1, $"{InputProblemLabels.Body}:{code}");
        PredictionTracing.SetRefused(prediction, code, 1);
        PredictionTracing.SetRefused(validation, code, 1);
        return problem;
    }

    /// <summary>A body that broke the schema: each error is counted by its field and code labels.</summary>
    public ProblemHttpResult Invalid(
        Activity? prediction, Activity? validation, IReadOnlyList<FieldError> errors, ProblemHttpResult problem)
    {
        foreach (var error in errors)
        {
            metrics.InputProblem(error.Field, error.Code);
        }

        var outcome = PredictionTracing.ValidationFailed;
        // A small body can hold a thousand unknown keys; the line names the first few and counts the rest.
        var labels = errors.Take(MaxProblemsLogged).Select(error =>
            $"{InputProblemLabels.Field(error.Field)}:{InputProblemLabels.Code(error.Code)}");
        var problems = string.Join(", ", labels);
        if (errors.Count > MaxProblemsLogged)
        {
            problems += $", and {errors.Count - MaxProblemsLogged} more";
        }

        PredictionLog.InputRefused(_logger, outcome, errors.Count, problems);
        PredictionTracing.SetRefused(prediction, outcome, errors.Count);
        PredictionTracing.SetRefused(validation, outcome, errors.Count);
        return problem;
    }

    /// <summary>A valid application: what kind it is, in bands.</summary>
    public void Received(CreditApplication application)
    {
        var debtToIncome = ApplicantBands.DebtToIncome(application);
        PredictionLog.RequestReceived(_logger, debtToIncome, ApplicantBands.CreditScore(application));

        if (ApplicantBands.IsHighDebtToIncome(application))
        {
            PredictionLog.HighDebtToIncome(_logger, debtToIncome, ApplicantBands.HighDebtToIncome);
        }
    }

    /// <summary>What the cache lookup found, on its span and in the lookup counter.</summary>
    public void CacheLookedUp(Activity? lookup, CacheLookup result)
    {
        if (result == CacheLookup.Off)
        {
            return;
        }

        var label = WireNames.Of(result);
        metrics.CacheLookedUp(label);
        lookup?.SetTag(TelemetryTags.CacheResult, label);
    }

    public void Scored(Activity? scoring, EstimatedApplication scored, TimeSpan elapsed)
    {
        metrics.Scored(scored.Scorer, elapsed);
        PredictionTracing.SetOutcome(scoring, scored.Scorer, scored.Estimate);
    }

    public void Explained(Activity? explanation, string method, int keyFactorCount)
    {
        explanation?.SetTag(TelemetryTags.ExplanationMethod, method);
        explanation?.SetTag(TelemetryTags.KeyFactorCount, keyFactorCount);
    }

    /// <summary>A prediction answered, whether scored now or found in the cache.</summary>
    public void Answered(Activity? prediction, ScoredApplication scored, TimeSpan elapsed)
    {
        var (assessment, scorer) = scored;
        metrics.PredictionAnswered(scorer, assessment.Probability, assessment.Band, assessment.Decision, elapsed);
        PredictionTracing.SetOutcome(prediction, scorer, assessment.Band, assessment.Decision);
        prediction?.SetTag(TelemetryTags.Outcome, PredictionTracing.Success);

        PredictionLog.Success(
            _logger,
            scorer.ModelVersion,
            WireNames.Of(scorer.Mode),
            WireNames.Of(assessment.Band),
            WireNames.Of(assessment.Decision),
            Math.Round(elapsed.TotalMilliseconds, 3));
    }
}
