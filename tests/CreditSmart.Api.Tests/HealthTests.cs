using System.Net;
using System.Text.Json;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests;

public sealed class HealthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task HealthIsOkWithTheBundledModelLoaded()
    {
        var response = await _client.GetResponseAsync(ApiClientExtensions.HealthPath);

        ResponseAssert.Status(response, HttpStatusCode.OK);
        Assert.Equal("application/json", response.MediaType);
        var json = response.Json;
        Assert.Equal("ok", ResponseAssert.NonEmptyString(json, "service_status"));
        Assert.Equal("v1", ResponseAssert.NonEmptyString(json, "api_version"));
        Assert.Equal(JsonValueKind.True, ResponseAssert.Property(json, "model_loaded").ValueKind);
        Assert.Equal("ml_v1.0.0", ResponseAssert.NonEmptyString(json, "model_version"));
        Assert.Equal("1.0.0", ResponseAssert.NonEmptyString(json, "app_version"));
        Assert.True(ResponseAssert.Property(json, "uptime_seconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task HealthNamesTheModelVersionThatScores()
    {
        var health = await _client.GetResponseAsync(ApiClientExtensions.HealthPath);
        var prediction = await _client.PredictAsync(ApplicationJson.SampleText);

        Assert.Equal(
            ResponseAssert.Prediction(prediction).GetProperty("model_version").GetString(),
            ResponseAssert.NonEmptyString(health.Json, "model_version"));
    }

    [Fact]
    public async Task HeadOverKestrelAnswersLikeGetWithoutABody()
    {
        await using var api = new LoopbackApi();
        using var client = api.Client(apiKey: null);

        using var request = new HttpRequestMessage(HttpMethod.Head, ApiClientExtensions.HealthPath);
        using var head = await client.SendAsync(request);
        var body = await head.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/json", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(body);
    }

    [Fact]
    public async Task HeadIsNotASecondOperationInTheOpenApiDocument()
    {
        var document = await _client.GetResponseAsync(ApiClientExtensions.OpenApiPath);

        var operations = ResponseAssert.Property(document.Json, "paths").GetProperty(ApiClientExtensions.HealthPath);
        Assert.Equal(["get"], operations.EnumerateObject().Select(operation => operation.Name));
    }

    [Fact]
    public async Task UptimeNeverGoesBackwards()
    {
        var first = await _client.GetResponseAsync(ApiClientExtensions.HealthPath);
        await Task.Delay(TimeSpan.FromMilliseconds(50));
        var second = await _client.GetResponseAsync(ApiClientExtensions.HealthPath);

        var before = ResponseAssert.Property(first.Json, "uptime_seconds").GetDouble();
        var after = ResponseAssert.Property(second.Json, "uptime_seconds").GetDouble();
        Assert.True(after >= before, $"Uptime went from {before} to {after}");
    }
}
