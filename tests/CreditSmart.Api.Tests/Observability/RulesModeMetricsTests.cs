using CreditSmart.Api.Tests.Support;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CreditSmart.Api.Tests.Observability;

public sealed class RulesModeMetricsTests : IAsyncLifetime
{
    private readonly ObservedApi _api = ObservedApi.InRulesMode();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _api.DisposeAsync().AsTask();

    [Fact]
    public async Task AMissingModelCountsOneRuleEngineFallbackAtStartUp()
    {
        // Listening before the host starts: the fallback happens before the server listens.
        using var fallbacks = new MetricCollector<long>(_api.MeterFactory, "CreditSmart", "creditsmart.scoring.fallbacks");

        await _api.CreateClient().PredictAsync(ApplicationJson.SampleText);

        var counted = Assert.Single(fallbacks.GetMeasurementSnapshot());
        Assert.Equal(1, counted.Value);
        Assert.Equal("no_model", counted.Tags["trigger"]);
    }

    [Fact]
    public async Task RulesModePredictionsAreCountedUnderTheRuleEngineVersion()
    {
        using var predictions = new MetricCollector<long>(_api.MeterFactory, "CreditSmart", "creditsmart.predictions");

        var json = ResponseAssert.Prediction(await _api.CreateClient().PredictAsync(ApplicationJson.SampleText));

        var counted = Assert.Single(predictions.GetMeasurementSnapshot());
        Assert.Equal("deterministic-v1.0.0", counted.Tags["model_version"]);
        Assert.Equal("rules", counted.Tags["scoring_mode"]);
        Assert.Equal(json.GetProperty("risk_band").GetString(), counted.Tags["risk_band"]);
    }
}
