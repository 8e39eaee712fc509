using System.Net;
using System.Text;
using CreditSmart.Api.Tests.Support;
using CreditSmart.Api.WarmUp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CreditSmart.Api.Tests;

public sealed class StartupWarmUpTests
{
    private const string Meter = "CreditSmart";

    [Fact]
    public async Task TheWarmUpPredictsThroughKestrelBeforeStartUpEndsAndLeavesNoDecisionBehind()
    {
        await using var api = new ObservedApi();
        using var predictions = new MetricCollector<long>(api.MeterFactory, Meter, "creditsmart.predictions");

        // Returns once the host has started, and the host waits for the warm-up.
        api.StartOnKestrel();

        Assert.True(api.Services.GetRequiredService<WarmUpRequests>().Finished);
        Assert.Contains(api.LogRecords.Snapshot(), record => record.EventId.Name == "warm_up_completed");
        Assert.DoesNotContain(api.LogRecords.Snapshot(), record => record.EventId.Name == "prediction_success");
        Assert.Empty(predictions.GetMeasurementSnapshot());

        using var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetResponseAsync("/health")).Status);
        var requestId = $"after-warm-up-{Guid.NewGuid():N}";
        ResponseAssert.Prediction(await client.PredictAsync(ApplicationJson.SampleText, requestId: requestId));

        // Records are written in order, so a warm-up record would come before this one.
        await api.AuditRecordAsync(requestId);
        Assert.Single(api.AuditLines());
        Assert.Single(predictions.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task AWarmUpHeaderWithoutThisProcesssTokenIsAnOrdinaryDecision()
    {
        await using var api = new ObservedApi();
        using var predictions = new MetricCollector<long>(api.MeterFactory, Meter, "creditsmart.predictions");
        using var client = api.CreateClient();
        var requestId = $"forged-{Guid.NewGuid():N}";

        using var request = new HttpRequestMessage(HttpMethod.Post, ApiClientExtensions.PredictPath)
        {
            Content = new StringContent(ApplicationJson.SampleText, Encoding.UTF8, ApiClientExtensions.JsonContentType),
        };
        request.Headers.Add(ApiResponse.RequestIdHeaderName, requestId);
        request.Headers.Add(WarmUpRequests.HeaderName, new string('0', 64));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await api.AuditRecordAsync(requestId);
        Assert.Single(predictions.GetMeasurementSnapshot());
    }
}
