using System.Diagnostics;
using System.Diagnostics.Metrics;
using CreditSmart.Scoring;
using CreditSmart.Scoring.Decisions;

namespace CreditSmart.Api.Observability;

/// <summary>
/// CreditSmart's own instruments, on the <c>CreditSmart</c> meter. Every tag value comes from a
/// fixed set (model versions, modes, bands, decisions, schema field names, codes), never from
/// text a client typed. The README lists each instrument with its unit and tags.
/// </summary>
public sealed class CreditSmartMetrics
{
    public const string MeterName = Microsoft.Extensions.Hosting.Extensions.TelemetrySourceName;

    /// <summary>Fallback triggers: no model could be served at all, or the model failed one request.</summary>
    public const string NoModel = "no_model";
    public const string ModelError = "model_error";

    /// <summary>Why an audit record was lost.</summary>
    public const string QueueFull = "queue_full";
    public const string ShuttingDown = "shutting_down";
    public const string WriteFailed = "write_failed";

    // Rules score in microseconds, the model in well under a millisecond, a whole request in a
    // few; the top buckets catch the slow tail (a cold pool, a GC pause).
    private static readonly double[] s_durationBuckets =
        [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25];

    private readonly Counter<long> _predictions;
    private readonly Histogram<double> _predictionDuration;
    private readonly Histogram<double> _scoringDuration;
    private readonly Histogram<double> _probability;
    private readonly Counter<long> _inputProblems;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _modelSwaps;
    private readonly Counter<long> _modelRejections;
    private readonly Counter<long> _auditWritten;
    private readonly Counter<long> _auditLost;
    private readonly Counter<long> _cacheLookups;

    public CreditSmartMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);

        _predictions = meter.CreateCounter<long>(
            "creditsmart.predictions", "{prediction}", "Predictions answered.");

        _predictionDuration = meter.CreateHistogram(
            "creditsmart.prediction.duration", "s",
            "Time from the request reaching the endpoint to the prediction being ready.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = s_durationBuckets });

        _scoringDuration = meter.CreateHistogram(
            "creditsmart.scoring.duration", "s",
            "Time spent scoring one application, without validation or explanation.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = s_durationBuckets });

        _probability = meter.CreateHistogram(
            "creditsmart.prediction.probability", "1",
            "Predicted probability of default; the risk-band edges are bucket boundaries.",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ProbabilityBuckets() });

        _inputProblems = meter.CreateCounter<long>(
            "creditsmart.validation.failures", "{error}", "Problems found in refused request bodies.");

        _fallbacks = meter.CreateCounter<long>(
            "creditsmart.scoring.fallbacks", "{fallback}", "Times the rule engine took over from the model.");

        _modelSwaps = meter.CreateCounter<long>(
            "creditsmart.model.swaps", "{swap}", "Models swapped in while serving.");

        _modelRejections = meter.CreateCounter<long>(
            "creditsmart.model.rejections", "{artifact}", "Model artifacts refused by validation.");

        _auditWritten = meter.CreateCounter<long>(
            "creditsmart.audit.records_written", "{record}", "Decision audit records written to the audit sink.");

        _auditLost = meter.CreateCounter<long>(
            "creditsmart.audit.records_lost", "{record}", "Decision audit records that could not be written.");

        _cacheLookups = meter.CreateCounter<long>(
            "creditsmart.cache.lookups", "{lookup}", "Prediction cache lookups, by what they found.");
    }

    /// <summary>The whole probability axis, with the default band edges among the boundaries.</summary>
    public static double[] ProbabilityBuckets()
    {
        var edges = DecisionThresholds.Default;
        double[] boundaries =
            [0.02, 0.05, edges.MediumFrom, 0.15, edges.HighFrom, 0.25, 0.30, edges.VeryHighFrom, 0.50, 0.75];
        return [.. boundaries.Distinct().Order()];
    }

    /// <summary>One answered prediction: its count, its latency and its probability.</summary>
    public void PredictionAnswered(ScorerInfo scorer, RiskEstimate estimate, TimeSpan elapsed) =>
        PredictionAnswered(scorer, estimate.Probability, estimate.Band, estimate.Decision, elapsed);

    /// <summary>One answered prediction, scored now or found in the cache.</summary>
    public void PredictionAnswered(
        ScorerInfo scorer, double probability, RiskBand band, Decision decision, TimeSpan elapsed)
    {
        var mode = WireNames.Of(scorer.Mode);

        var outcome = new TagList
        {
            { TelemetryTags.ModelVersion, scorer.ModelVersion },
            { TelemetryTags.ScoringMode, mode },
            { TelemetryTags.RiskBand, WireNames.Of(band) },
            { TelemetryTags.Decision, WireNames.Of(decision) },
        };
        _predictions.Add(1, outcome);

        var scorerTags = new TagList
        {
            { TelemetryTags.ModelVersion, scorer.ModelVersion },
            { TelemetryTags.ScoringMode, mode },
        };
        _predictionDuration.Record(elapsed.TotalSeconds, scorerTags);
        _probability.Record(probability, scorerTags);
    }

    public void Scored(ScorerInfo scorer, TimeSpan elapsed) =>
        _scoringDuration.Record(
            elapsed.TotalSeconds,
            new(TelemetryTags.ModelVersion, scorer.ModelVersion),
            new(TelemetryTags.ScoringMode, WireNames.Of(scorer.Mode)));

    /// <summary>One problem of a refused body; field and code are reduced to known labels here.</summary>
    public void InputProblem(string field, string code) =>
        _inputProblems.Add(
            1,
            new(TelemetryTags.Field, InputProblemLabels.Field(field)),
            new(TelemetryTags.Code, InputProblemLabels.Code(code)));

    /// <summary>The rule engine took over: <see cref="NoModel"/> or <see cref="ModelError"/>.</summary>
    public void RuleEngineFallback(string trigger) =>
        _fallbacks.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Trigger, trigger));

    /// <summary>For the model-store follower: a new model version now serves.</summary>
    public void ModelSwapped(string modelVersion) =>
        _modelSwaps.Add(1, new KeyValuePair<string, object?>(TelemetryTags.ModelVersion, modelVersion));

    /// <summary>For the model-store follower: an artifact failed validation and did not serve.</summary>
    public void ModelRejected(string modelVersion) =>
        _modelRejections.Add(1, new KeyValuePair<string, object?>(TelemetryTags.ModelVersion, modelVersion));

    /// <summary>A prediction cache lookup: <c>hit</c>, <c>miss</c> or <c>unavailable</c>.</summary>
    public void CacheLookedUp(string result) =>
        _cacheLookups.Add(1, new KeyValuePair<string, object?>(TelemetryTags.CacheResult, result));

    public void AuditRecordsWritten(int count) => _auditWritten.Add(count);

    /// <summary>Records lost for a <paramref name="reason"/>: queue full, shutting down or write failed.</summary>
    public void AuditRecordsLost(int count, string reason) =>
        _auditLost.Add(count, new KeyValuePair<string, object?>(TelemetryTags.Reason, reason));
}
