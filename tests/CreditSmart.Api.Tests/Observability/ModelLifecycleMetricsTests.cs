using System.Diagnostics.Metrics;
using CreditSmart.Api.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CreditSmart.Api.Tests.Observability;

/// <summary>The counters the model-store follower reports through, exercised directly.</summary>
public sealed class ModelLifecycleMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void SwapsAndRejectionsAreCountedByModelVersion()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        using var swaps = new MetricCollector<long>(meters, "CreditSmart", "creditsmart.model.swaps");
        using var rejections = new MetricCollector<long>(meters, "CreditSmart", "creditsmart.model.rejections");
        var metrics = new CreditSmartMetrics(meters);

        metrics.ModelSwapped("ml_v1.1.0");
        metrics.ModelSwapped("ml_v1.2.0");
        metrics.ModelRejected("ml_v1.3.0");

        Assert.Equal(["ml_v1.1.0", "ml_v1.2.0"], swaps.GetMeasurementSnapshot().Select(m => m.Tags["model_version"]));
        Assert.Equal("ml_v1.3.0", Assert.Single(rejections.GetMeasurementSnapshot()).Tags["model_version"]);
    }
}
