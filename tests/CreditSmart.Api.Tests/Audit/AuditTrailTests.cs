using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Audit;

public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly ObservedApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _api.DisposeAsync().AsTask();

    [Fact]
    public async Task TheAuditRecordOfAPredictionMatchesItsResponse()
    {
        var requestId = $"audit-{Guid.NewGuid():N}";
        var response = await _api.CreateClient().PredictAsync(ApplicationJson.SampleText, requestId: requestId);
        var json = ResponseAssert.Prediction(response);

        var record = await _api.AuditRecordAsync(requestId);

        Assert.Equal(requestId, record.GetProperty("request_id").GetString());
        Assert.True(DateTimeOffset.UtcNow - record.GetProperty("time").GetDateTimeOffset() < TimeSpan.FromMinutes(1));
        foreach (var field in new[] { "model_version", "scoring_mode", "risk_band", "decision" })
        {
            Assert.Equal(json.GetProperty(field).GetString(), record.GetProperty(field).GetString());
        }

        Assert.Equal(json.GetProperty("prediction").GetDouble(), record.GetProperty("probability").GetDouble());
        Assert.Matches("^[0-9a-f]{64}$", record.GetProperty("artifact_sha256").GetString());
        Assert.Matches("^[0-9a-f]{64}$", record.GetProperty("input_hmac_sha256").GetString());

        var returned = json.GetProperty("key_factors").EnumerateArray()
            .Select(factor => (factor.GetProperty("feature").GetString(), factor.GetProperty("direction").GetString()));
        var audited = record.GetProperty("reason_codes").EnumerateArray()
            .Select(code => (code.GetProperty("feature").GetString(), code.GetProperty("direction").GetString()));
        Assert.Equal(returned, audited);
    }

    [Fact]
    public async Task ReorderedFieldsAndDifferentWhitespaceGiveTheSameInputHash()
    {
        using var client = _api.CreateClient();
        var reordered = ApplicationJson.Sample().Reversed().Set("annual_income", "7.5e4").Set("credit_score", "720.0")
            .ToString().Replace(",", " ,\n\t ", StringComparison.Ordinal).Replace(":", " : ", StringComparison.Ordinal);

        var first = await HashOfAsync(client, ApplicationJson.SampleText);
        var second = await HashOfAsync(client, reordered);
        var withoutSchemaVersion = await HashOfAsync(client, ApplicationJson.Sample().Remove("schema_version").ToString());

        Assert.Equal(first, second);
        Assert.Equal(first, withoutSchemaVersion);
    }

    [Fact]
    public async Task ADifferentApplicationGivesADifferentInputHash()
    {
        using var client = _api.CreateClient();

        var sample = await HashOfAsync(client, ApplicationJson.SampleText);
        var onePointHigher = await HashOfAsync(client, ApplicationJson.Sample().Set("credit_score", "721").ToString());

        Assert.NotEqual(sample, onePointHigher);
    }

    [Fact]
    public async Task ARefusedRequestLeavesNoAuditRecord()
    {
        using var client = _api.CreateClient();
        var refusedId = $"refused-{Guid.NewGuid():N}";
        var scoredId = $"scored-{Guid.NewGuid():N}";

        await client.PredictAsync("{}", requestId: refusedId);
        await client.PredictAsync(ApplicationJson.SampleText, requestId: scoredId);
        await _api.AuditRecordAsync(scoredId);

        // Records are written in order, so the refused request's would be there by now.
        Assert.DoesNotContain(_api.AuditLines(), line => line.Contains(refusedId, StringComparison.Ordinal));
    }

    private async Task<string> HashOfAsync(HttpClient client, string body)
    {
        var requestId = $"hash-{Guid.NewGuid():N}";
        ResponseAssert.Prediction(await client.PredictAsync(body, requestId: requestId));
        var record = await _api.AuditRecordAsync(requestId);
        return record.GetProperty("input_hmac_sha256").GetString()!;
    }
}
