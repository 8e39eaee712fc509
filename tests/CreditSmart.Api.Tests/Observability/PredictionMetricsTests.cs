using System.Diagnostics.Metrics;
using CreditSmart.Api.Observability;
using CreditSmart.Api.Tests.Support;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CreditSmart.Api.Tests.Observability;

public sealed class PredictionMetricsTests : IAsyncLifetime
{
    private const string Meter = "CreditSmart";

    private readonly ObservedApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _api.DisposeAsync().AsTask();

    private IMeterFactory Meters => _api.MeterFactory;

    [Fact]
    public async Task PredictionsAreCountedByModelVersionModeBandAndDecision()
    {
        using var predictions = new MetricCollector<long>(Meters, Meter, "creditsmart.predictions");
        using var client = _api.CreateClient();

        var sample = ResponseAssert.Prediction(await client.PredictAsync(ApplicationJson.SampleText));
        await client.PredictAsync(ApplicationJson.SampleText);
        var average = ResponseAssert.Prediction(await client.PredictAsync(ApplicationJson.Average().ToString()));
        await client.PredictAsync("{}");

        var counted = predictions.GetMeasurementSnapshot();
        Assert.Equal(3, counted.Count);
        Assert.All(counted, measurement => Assert.Equal(1, measurement.Value));
        Assert.Equal(2, counted.Count(measurement => Matches(measurement.Tags, sample)));
        Assert.Single(counted, measurement => Matches(measurement.Tags, average));
    }

    [Fact]
    public async Task EachAnsweredPredictionRecordsItsLatencyItsScoringTimeAndItsProbability()
    {
        using var whole = new MetricCollector<double>(Meters, Meter, "creditsmart.prediction.duration");
        using var scoring = new MetricCollector<double>(Meters, Meter, "creditsmart.scoring.duration");
        using var probability = new MetricCollector<double>(Meters, Meter, "creditsmart.prediction.probability");
        using var client = _api.CreateClient();

        var json = ResponseAssert.Prediction(await client.PredictAsync(ApplicationJson.SampleText));
        await client.PredictAsync("not json");

        var total = Assert.Single(whole.GetMeasurementSnapshot());
        var scored = Assert.Single(scoring.GetMeasurementSnapshot());
        Assert.InRange(scored.Value, double.Epsilon, total.Value);
        Assert.Equal("model", total.Tags["scoring_mode"]);
        Assert.Equal(json.GetProperty("model_version").GetString(), scored.Tags["model_version"]);

        var predicted = Assert.Single(probability.GetMeasurementSnapshot());
        Assert.Equal(json.GetProperty("prediction").GetDouble(), predicted.Value, 0.00005);
    }

    [Fact]
    public async Task TheProbabilityHistogramHasTheRiskBandEdgesAmongItsBuckets()
    {
        await _api.CreateClient().PredictAsync(ApplicationJson.SampleText);
        _api.FlushMetrics();

        // Other tests' hosts may add points of their own; every point has the same buckets.
        var histogram = _api.Metrics.Snapshot().Last(metric => metric.Name == "creditsmart.prediction.probability");
        var point = histogram.MetricPoints[0];
        var bounds = new List<double>();
        foreach (var bucket in point.GetHistogramBuckets())
        {
            bounds.Add(bucket.ExplicitBound);
        }

        Assert.Contains(0.10, bounds);
        Assert.Contains(0.20, bounds);
        Assert.Contains(0.35, bounds);
        Assert.Equal(CreditSmartMetrics.ProbabilityBuckets().Append(double.PositiveInfinity), bounds);
    }

    [Fact]
    public async Task ValidationFailuresAreCountedByFieldAndCodeWithUnknownKeysLabelledUnknown()
    {
        using var failures = new MetricCollector<long>(Meters, Meter, "creditsmart.validation.failures");
        using var client = _api.CreateClient();

        await client.PredictAsync(ApplicationJson.Sample().Set("credit_score", "900").Append("Customer-Ref", "1").ToString());
        await client.PredictAsync("{\"annual_income\":");
        // Other media types are refused by routing before the endpoint runs; a wrong charset reaches it.
        await client.PredictAsync(ApplicationJson.SampleText, contentType: "application/json; charset=iso-8859-1");
        await client.PredictAsync(ApplicationJson.SampleText);

        var counted = failures.GetMeasurementSnapshot()
            .Select(measurement => $"{measurement.Tags["field"]}:{measurement.Tags["code"]}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["$:malformed_json", "$:unsupported_media_type", "credit_score:out_of_range", "unknown:unknown_field"],
            counted);
    }

    [Fact]
    public async Task AuditRecordsWrittenAreCounted()
    {
        using var written = new MetricCollector<long>(Meters, Meter, "creditsmart.audit.records_written");
        var requestId = $"audit-count-{Guid.NewGuid():N}";

        await _api.CreateClient().PredictAsync(ApplicationJson.SampleText, requestId: requestId);
        await _api.AuditRecordAsync(requestId);

        await written.WaitForMeasurementsAsync(1, Eventually.DefaultTimeout);
        Assert.Equal(1, written.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    private static bool Matches(IReadOnlyDictionary<string, object?> tags, System.Text.Json.JsonElement response) =>
        Equals(tags["model_version"], response.GetProperty("model_version").GetString())
        && Equals(tags["scoring_mode"], response.GetProperty("scoring_mode").GetString())
        && Equals(tags["risk_band"], response.GetProperty("risk_band").GetString())
        && Equals(tags["decision"], response.GetProperty("decision").GetString());
}
