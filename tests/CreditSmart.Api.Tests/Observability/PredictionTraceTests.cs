using System.Diagnostics;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Observability;

public sealed class PredictionTraceTests : IAsyncLifetime
{
    private readonly ObservedApi _api = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _api.DisposeAsync().AsTask();

    [Fact]
    public async Task APredictionIsOneTraceWithAValidationAScoringAndAnExplanationSpan()
    {
        var requestId = $"trace-{Guid.NewGuid():N}";
        var response = await _api.CreateClient().PredictAsync(ApplicationJson.SampleText, requestId: requestId);
        var json = ResponseAssert.Prediction(response);

        var prediction = await _api.PredictionSpanAsync(requestId);
        var server = await _api.SpanAsync(span => span.SpanId == prediction.ParentSpanId, "the HTTP server span");
        Assert.Equal(ActivityKind.Server, server.Kind);
        Assert.Equal(server.TraceId, prediction.TraceId);

        var steps = _api.Spans.Snapshot()
            .Where(span => span.ParentSpanId == prediction.SpanId)
            .OrderBy(span => span.StartTimeUtc)
            .ToList();
        Assert.Equal(["prediction.validate", "prediction.score", "prediction.explain"], steps.Select(span => span.OperationName));
        Assert.All(steps, span => Assert.Equal(prediction.TraceId, span.TraceId));

        foreach (var span in new[] { prediction, steps[1] })
        {
            Assert.Equal(ResponseAssert.NonEmptyString(json, "model_version"), Tag(span, "model_version"));
            Assert.Equal("model", Tag(span, "scoring_mode"));
            Assert.Equal(ResponseAssert.NonEmptyString(json, "risk_band"), Tag(span, "risk_band"));
            Assert.Equal(ResponseAssert.NonEmptyString(json, "decision"), Tag(span, "decision"));
        }

        Assert.Equal("success", Tag(prediction, "outcome"));
        Assert.Equal(ResponseAssert.NonEmptyString(json, "explanation_method"), Tag(steps[2], "explanation_method"));
        Assert.Equal(json.GetProperty("key_factors").GetArrayLength(), steps[2].GetTagItem("key_factor_count"));
    }

    [Fact]
    public async Task ARefusedBodyEndsItsTraceAtValidationWithTheProblemAsTheOutcome()
    {
        var requestId = $"refused-{Guid.NewGuid():N}";
        var body = ApplicationJson.Sample().Set("credit_score", "900").Remove("purpose").ToString();
        await _api.CreateClient().PredictAsync(body, requestId: requestId);

        var prediction = await _api.PredictionSpanAsync(requestId);
        Assert.Equal("validation_failed", Tag(prediction, "outcome"));
        Assert.Equal(2, prediction.GetTagItem("error_count"));
        Assert.Null(prediction.GetTagItem("risk_band"));

        var steps = _api.Spans.Snapshot().Where(span => span.ParentSpanId == prediction.SpanId).ToList();
        var validation = Assert.Single(steps);
        Assert.Equal("prediction.validate", validation.OperationName);
        Assert.Equal("validation_failed", Tag(validation, "outcome"));
    }

    [Fact]
    public async Task ServerSpansRecordNeitherTheQueryStringNorRequestHeadersNorAnUnroutedPath()
    {
        var requestId = $"redacted-{Guid.NewGuid():N}";
        using var client = _api.CreateClient();

        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/predict?email=query.person@example.com"))
        {
            request.Content = new StringContent(ApplicationJson.SampleText, null, "application/json");
            request.Headers.TryAddWithoutValidation("X-Request-ID", requestId);
            request.Headers.TryAddWithoutValidation("User-Agent", "agent.person@example.com");
            request.Headers.TryAddWithoutValidation("X-Applicant", "header.person@example.com");
            using var response = await client.SendAsync(request);
        }

        var prediction = await _api.PredictionSpanAsync(requestId);
        var server = await _api.SpanAsync(span => span.SpanId == prediction.ParentSpanId, "the HTTP server span");
        Assert.Equal("/api/v1/predict", Tag(server, "url.path"));

        var notFound = await client.GetResponseAsync("/api/v1/path.person@example.com?email=query.person@example.com");
        var notFoundTrace = ResponseAssert.NonEmptyString(notFound.Json, "trace_id");
        var unrouted = await _api.SpanAsync(
            span => span.Kind == ActivityKind.Server && span.TraceId.ToHexString() == notFoundTrace,
            "the 404's server span");
        Assert.Null(unrouted.GetTagItem("url.path"));

        foreach (var span in new[] { server, unrouted })
        {
            Assert.Null(span.GetTagItem("url.query"));
            Assert.Null(span.GetTagItem("user_agent.original"));
            Assert.DoesNotContain(span.TagObjects, tag => tag.Key.StartsWith("http.request.header.", StringComparison.Ordinal));
            Assert.DoesNotContain(span.TagObjects, tag => $"{tag.Value}".Contains("person@example.com", StringComparison.Ordinal));
        }
    }

    private static string? Tag(Activity span, string key) => span.GetTagItem(key) as string;
}
