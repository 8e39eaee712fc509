using System.Net;
using CreditSmart.Api.Caching;
using CreditSmart.Api.Observability;
using CreditSmart.Api.Scoring;
using CreditSmart.Api.Tests.Support;
using CreditSmart.Scoring.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CreditSmart.Api.Tests.Caching;

/// <summary>With no Redis configured, the API caches in ASP.NET Core's in-memory store, its own.</summary>
public sealed class InMemoryCacheTests : IAsyncDisposable
{
    private const string ModelPath = ReadOnlyEndpointCacheTests.ModelPath;

    private readonly ApiFactory _factory = new();

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task WithNoRedisHealthSaysMemoryAndPredictionsAndGetsHitInMemory()
    {
        var client = MemoryCachedApi().CreateClient();

        var health = await client.GetResponseAsync(ApiClientExtensions.HealthPath);
        var scored = await client.PredictAsync(ApplicationJson.SampleText, requestId: "scored");
        var fromMemory = await client.PredictAsync(ApplicationJson.SampleText, requestId: "from-memory");
        var modelFilled = await client.GetResponseAsync(ModelPath);
        var modelHit = await client.GetResponseAsync(ModelPath);

        Assert.Equal("memory", health.Json.GetProperty("cache").GetString());
        Assert.True(health.Json.GetProperty("prediction_cache").GetBoolean());
        Assert.Equal("MISS", scored.CacheHeader);
        Assert.Equal("HIT", fromMemory.CacheHeader);
        Assert.Equal("from-memory", fromMemory.Json.GetProperty("request_id").GetString());
        Assert.Equal(scored.Json.GetProperty("prediction").GetDouble(), fromMemory.Json.GetProperty("prediction").GetDouble());
        Assert.Equal("MISS", modelFilled.CacheHeader);
        Assert.Equal("HIT", modelHit.CacheHeader);
    }

    [Fact]
    public async Task WithNoRedisEachInstanceHasItsOwnCache()
    {
        var first = MemoryCachedApi().CreateClient();
        var second = MemoryCachedApi().CreateClient();

        await first.PredictAsync(ApplicationJson.SampleText);
        await first.GetResponseAsync(ModelPath);
        var prediction = await second.PredictAsync(ApplicationJson.SampleText);
        var model = await second.GetResponseAsync(ModelPath);

        Assert.Equal("MISS", prediction.CacheHeader);
        Assert.Equal("MISS", model.CacheHeader);
    }

    [Fact]
    public async Task InMemoryAModelChangeMissesAndTheSwapEvictsTheOldEntry()
    {
        var api = MemoryCachedApi();
        var client = api.CreateClient();
        var live = api.Services.GetRequiredService<LiveScorer>();
        var model = live.Model!;

        await client.GetResponseAsync(ModelPath);
        live.UseRules("the test retires the model");
        var onRules = await client.GetResponseAsync(ModelPath);
        live.UseModel(model, ModelSource.Bundled);
        var back = await client.GetResponseAsync(ModelPath);

        Assert.Equal("MISS", onRules.CacheHeader);
        Assert.Equal(RuleEngineScorer.Version, onRules.Json.GetProperty("model_version").GetString());
        Assert.Equal("MISS", back.CacheHeader);
        Assert.Equal("ml_v1.0.0", back.Json.GetProperty("model_version").GetString());
    }

    [Theory]
    [InlineData(CachePolicies.Model)]
    [InlineData(CachePolicies.Schema)]
    public async Task APolicyNeverStoresAnError(string policy)
    {
        await using var app = await StartFlakyEndpointAsync(policy);
        var client = app.GetTestClient();

        var failed = await client.GetResponseAsync("/flaky");
        var answered = await client.GetResponseAsync("/flaky");
        var repeated = await client.GetResponseAsync("/flaky");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.Status);
        Assert.Null(failed.CacheHeader);
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Equal("MISS", answered.CacheHeader);
        Assert.Equal(2, answered.Json.GetProperty("call").GetInt32());
        Assert.Equal("HIT", repeated.CacheHeader);
        Assert.Equal(answered.Body, repeated.Body);
    }

    private WebApplicationFactory<Program> MemoryCachedApi() =>
        _factory.WithWebHostBuilder(builder => builder.UseSetting("PredictionCache:Enabled", "true"));

    // The API's own cache registration and policies, on an endpoint that fails its first call:
    // no endpoint of the API fails on demand.
    private static async Task<WebApplication> StartFlakyEndpointAsync(string policy)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<CreditSmartMetrics>();
        builder.Services.AddSingleton(new RuleEngineScorer());
        builder.Services.AddSingleton<LiveScorer>();
        builder.AddOutputCaching();
        builder.AddPredictionCache();

        var app = builder.Build();
        app.UseOutputCache();

        var calls = 0;
        app.MapGet("/flaky", () => Interlocked.Increment(ref calls) is var call && call == 1
                ? Results.Problem(statusCode: StatusCodes.Status500InternalServerError)
                : Results.Ok(new { call }))
            .CacheOutput(policy);

        await app.StartAsync();
        return app;
    }
}
