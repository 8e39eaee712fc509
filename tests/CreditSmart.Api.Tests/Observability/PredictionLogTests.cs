using System.Text.Json;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Observability;

public sealed class PredictionLogTests : IAsyncLifetime
{
    private const int RequestReceived = 1201;
    private const int Success = 1202;
    private const int InputRefused = 1203;
    private const int HighDebtToIncome = 1204;

    private readonly ObservedApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _api.DisposeAsync().AsTask();

    [Fact]
    public async Task EveryConsoleLineOfARequestIsJsonCarryingItsRequestIdAndTraceId()
    {
        var requestId = $"logs-{Guid.NewGuid():N}";
        var json = ResponseAssert.Prediction(await _api.CreateClient().PredictAsync(ApplicationJson.SampleText, requestId: requestId));
        var trace = (await _api.PredictionSpanAsync(requestId)).TraceId.ToHexString();

        var lines = LinesOf(requestId);
        Assert.Equal([RequestReceived, Success], lines.Select(line => line.GetProperty("EventId").GetInt32()));
        Assert.All(lines, line => Assert.Equal(trace, ScopeValue(line, "trace_id")));
        // Named once: the framework's activity scope would repeat the trace on every line.
        Assert.All(lines, line => Assert.Null(ScopeValue(line, "TraceId")));

        var received = lines[0].GetProperty("State");
        Assert.Equal("0.30-0.40", received.GetProperty("DebtToIncomeBand").GetString());
        Assert.Equal("670-739", received.GetProperty("CreditScoreBand").GetString());

        var success = lines[1].GetProperty("State");
        Assert.Equal(json.GetProperty("model_version").GetString(), success.GetProperty("ModelVersion").GetString());
        Assert.True(success.GetProperty("ElapsedMs").GetDouble() > 0);
    }

    [Fact]
    public async Task LogRecordsSentToTheDashboardCarryTheEventNameTheTraceAndTheRequestId()
    {
        var requestId = $"otlp-{Guid.NewGuid():N}";
        await _api.CreateClient().PredictAsync(ApplicationJson.SampleText, requestId: requestId);
        var trace = (await _api.PredictionSpanAsync(requestId)).TraceId;

        var records = _api.LogRecords.Snapshot().Where(record => record.TraceId == trace).ToList();
        Assert.Equal(["prediction_request_received", "prediction_success"], records.Select(record => record.EventId.Name));
        Assert.All(records, record =>
        {
            var scopes = new List<KeyValuePair<string, object?>>();
            record.ForEachScope(
                (scope, _) =>
                {
                    foreach (var item in scope)
                    {
                        scopes.Add(item);
                    }
                },
                (object?)null);
            Assert.Contains(new KeyValuePair<string, object?>("request_id", requestId), scopes);
        });
    }

    [Fact]
    public async Task AHighDebtToIncomeIsFlaggedByBandWithoutItsValue()
    {
        var highId = $"high-dti-{Guid.NewGuid():N}";
        var lowId = $"low-dti-{Guid.NewGuid():N}";
        using var client = _api.CreateClient();

        // 3,000 a month against 90,000 a year is 40 % of monthly income: on the line.
        await client.PredictAsync(ApplicationJson.Sample().Set("annual_income", "90000").Set("monthly_debt", "3000").ToString(), requestId: highId);
        await client.PredictAsync(ApplicationJson.Sample().Set("annual_income", "90000").Set("monthly_debt", "2990").ToString(), requestId: lowId);

        var flagged = Assert.Single(LinesOf(highId), line => line.GetProperty("EventId").GetInt32() == HighDebtToIncome);
        Assert.Equal("0.40+", flagged.GetProperty("State").GetProperty("DebtToIncomeBand").GetString());
        Assert.DoesNotContain(LinesOf(lowId), line => line.GetProperty("EventId").GetInt32() == HighDebtToIncome);
    }

    [Fact]
    public async Task ARefusedBodyIsLoggedWithFieldAndCodeLabelsOnly()
    {
        var requestId = $"refused-{Guid.NewGuid():N}";
        var body = ApplicationJson.Sample().Set("credit_score", "900").Append("Applicant-Name", "\"Jo\"").ToString();
        await _api.CreateClient().PredictAsync(body, requestId: requestId);

        var refused = Assert.Single(LinesOf(requestId));
        Assert.Equal(InputRefused, refused.GetProperty("EventId").GetInt32());
        var state = refused.GetProperty("State");
        Assert.Equal("validation_failed", state.GetProperty("Outcome").GetString());
        Assert.Equal("credit_score:out_of_range, unknown:unknown_field", state.GetProperty("Problems").GetString());
    }

    [Fact]
    public async Task ABodyOfManyProblemsIsLoggedOnOneShortLine()
    {
        var requestId = $"many-{Guid.NewGuid():N}";
        var body = ApplicationJson.Sample();
        for (var index = 0; index < 300; index++)
        {
            body = body.Append($"extra_field_{(char)('a' + index % 26)}{index / 26}", "1");
        }

        await _api.CreateClient().PredictAsync(body.ToString(), requestId: requestId);

        var state = Assert.Single(LinesOf(requestId)).GetProperty("State");
        Assert.Equal(300, state.GetProperty("ErrorCount").GetInt32());
        var problems = state.GetProperty("Problems").GetString()!;
        Assert.Equal(20, problems.Split(", ").Count(label => label == "unknown:unknown_field"));
        Assert.EndsWith(", and 280 more", problems, StringComparison.Ordinal);
    }

    /// <summary>CreditSmart's own console lines whose scope names this request.</summary>
    private List<JsonElement> LinesOf(string requestId) =>
        [.. _api.ConsoleLines.Snapshot()
            .Select(line => JsonSerializer.Deserialize<JsonElement>(line))
            .Where(line => line.GetProperty("Category").GetString()!.StartsWith("CreditSmart.", StringComparison.Ordinal))
            .Where(line => ScopeValue(line, "request_id") == requestId)];

    private static string? ScopeValue(JsonElement line, string name) =>
        line.GetProperty("Scopes").EnumerateArray()
            .Where(scope => scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(name, out _))
            .Select(scope => scope.GetProperty(name).GetString())
            .FirstOrDefault();
}
