using System.Diagnostics.Metrics;
using CreditSmart.Api.Audit;
using CreditSmart.Api.Observability;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Model;
using CreditSmart.Scoring.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Tests.Audit;

public sealed class AuditQueueTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void ARecordThatFindsTheQueueFullIsCountedAndLoggedNotSilentlyDropped()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        using var lost = new MetricCollector<long>(meters, "CreditSmart", "creditsmart.audit.records_lost");
        var logger = new FakeLogger<AuditTrail>();
        var trail = new AuditTrail(
            Options.Create(new AuditOptions { QueueCapacity = 1 }), new CreditSmartMetrics(meters), logger);

        trail.Record(RecordOf(GoldenApplications.Typical));
        trail.Record(RecordOf(GoldenApplications.Typical));

        var counted = Assert.Single(lost.GetMeasurementSnapshot());
        Assert.Equal("queue_full", counted.Tags["reason"]);
        var logged = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal("audit_record_lost", logged.Id.Name);
    }

    private static AuditRecord RecordOf(CreditApplication application)
    {
        var scorer = new RuleEngineScorer();
        var assessment = scorer.Score(application);
        return new AuditRecord(
            DateTimeOffset.UtcNow, "queue-test", scorer.Info, assessment.Probability,
            assessment.Band, assessment.Decision, assessment.KeyFactors, application);
    }
}
