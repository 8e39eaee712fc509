using System.Net;
using System.Text.Json.Nodes;
using CreditSmart.Api.Scoring;
using CreditSmart.Api.Tests.Support;
using CreditSmart.Scoring.Rules;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CreditSmart.Api.Tests.Caching;

/// <summary>
/// GET /api/v1/model and /api/v1/schema through ASP.NET Core output caching on a real
/// redis-server that each test starts on its own free port.
/// </summary>
public sealed class ReadOnlyEndpointCacheTests : IAsyncLifetime
{
    public const string ModelPath = "/api/v1/model";
    public const string SchemaPath = "/api/v1/schema";

    private readonly ApiFactory _factory = new();
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Theory]
    [InlineData(ModelPath)]
    [InlineData(SchemaPath)]
    public async Task ARepeatedGetIsAHitWithTheSameBodyAndTheCurrentRequestId(string path)
    {
        var client = SharedCacheApi().CreateClient();

        var first = await client.GetResponseAsync(path, requestId: "first-get");
        var second = await client.GetResponseAsync(path, requestId: "second-get");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("MISS", first.CacheHeader);
        Assert.Equal("HIT", second.CacheHeader);
        Assert.Equal("first-get", first.RequestIdHeader);
        Assert.Equal("second-get", second.RequestIdHeader);
        Assert.Equal("v1", second.ApiVersionHeader);
        Assert.Equal("application/json", second.MediaType);
        Assert.Equal(first.Body, second.Body);
    }

    [Fact]
    public async Task AQueryStringDoesNotMakeAnotherEntry()
    {
        var client = SharedCacheApi().CreateClient();

        await client.GetResponseAsync(SchemaPath);
        var withQuery = await client.GetResponseAsync(SchemaPath + "?anything=1");

        Assert.Equal("HIT", withQuery.CacheHeader);
    }

    [Theory]
    [InlineData(ModelPath)]
    [InlineData(SchemaPath)]
    public async Task TwoApiInstancesOnOneRedisShareEntries(string path)
    {
        var first = SharedCacheApi().CreateClient();
        var second = SharedCacheApi().CreateClient();

        var filled = await first.GetResponseAsync(path);
        var shared = await second.GetResponseAsync(path, requestId: "on-the-second");

        Assert.Equal("MISS", filled.CacheHeader);
        Assert.Equal("HIT", shared.CacheHeader);
        Assert.Equal("on-the-second", shared.RequestIdHeader);
        Assert.Equal(filled.Body, shared.Body);
    }

    [Fact]
    public async Task AModelChangeIsSeenAtOnceAndNoCachedDescriptionOfTheOldModelIsServed()
    {
        var api = SharedCacheApi();
        var client = api.CreateClient();
        var live = api.Services.GetRequiredService<LiveScorer>();

        await client.GetResponseAsync(ModelPath);
        var onModel = await client.GetResponseAsync(ModelPath);
        live.UseRules("the test retires the model");
        var onRules = await client.GetResponseAsync(ModelPath);
        var onRulesAgain = await client.GetResponseAsync(ModelPath);

        Assert.Equal("HIT", onModel.CacheHeader);
        Assert.Equal("ml_v1.0.0", onModel.Json.GetProperty("model_version").GetString());
        Assert.Equal("MISS", onRules.CacheHeader);
        Assert.Equal(RuleEngineScorer.Version, onRules.Json.GetProperty("model_version").GetString());
        Assert.Equal("rules", onRules.Json.GetProperty("scoring_mode").GetString());
        Assert.Equal("HIT", onRulesAgain.CacheHeader);
        Assert.Equal(onRules.Body, onRulesAgain.Body);
    }

    [Fact]
    public async Task ASwapOnOneInstanceEvictsTheModelEntriesEveryInstanceShares()
    {
        var swapping = SharedCacheApi();
        var swappingClient = swapping.CreateClient();
        var other = SharedCacheApi().CreateClient();
        var live = swapping.Services.GetRequiredService<LiveScorer>();
        var model = live.Model!;

        await swappingClient.GetResponseAsync(ModelPath);
        var sharedBefore = await other.GetResponseAsync(ModelPath);
        var schemaBefore = await other.GetResponseAsync(SchemaPath);

        // Away and back to the very same model: only the eviction can make its entry go.
        live.UseRules("the test swaps the model out");
        live.UseModel(model, ModelSource.Bundled);

        Assert.Equal("HIT", sharedBefore.CacheHeader);
        Assert.Equal("MISS", schemaBefore.CacheHeader);
        await Eventually.FindAsync(
            async () => (await other.GetResponseAsync(ModelPath)).CacheHeader == "MISS",
            "the other instance's model entry to be evicted");
        Assert.Equal("HIT", (await other.GetResponseAsync(SchemaPath)).CacheHeader);
    }

    [Fact]
    public async Task RefusedRequestsCarryNoCacheHeaderAndLeaveNothingCached()
    {
        var client = SharedCacheApi().CreateClient();

        var wrongMethod = await client.SendRawAsync(HttpMethod.Post, ModelPath, "{}"u8.ToArray(), "application/json", null);
        var unknownPath = await client.GetResponseAsync(ModelPath + "/ml_v1.0.0");
        var first = await client.GetResponseAsync(ModelPath);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.Status);
        Assert.Null(wrongMethod.CacheHeader);
        Assert.Equal(HttpStatusCode.NotFound, unknownPath.Status);
        Assert.Null(unknownPath.CacheHeader);
        Assert.Equal("MISS", first.CacheHeader);
    }

    [Fact]
    public async Task WithRedisDownTheGetsStillAnswerUncached()
    {
        var client = SharedCacheApi().CreateClient();
        await client.GetResponseAsync(ModelPath);

        await _redis.KillAsync();
        var whileDown = new List<ApiResponse>();
        for (var i = 0; i < 5; i++)
        {
            whileDown.Add(await client.GetResponseAsync(ModelPath));
        }

        var health = JsonNode.Parse((await client.GetResponseAsync(ApiClientExtensions.HealthPath)).Body)!;

        Assert.All(whileDown, response => Assert.Equal(HttpStatusCode.OK, response.Status));
        Assert.All(whileDown, response => Assert.Equal("MISS", response.CacheHeader));
        Assert.Equal("unavailable", health["cache"]!.GetValue<string>());
        Assert.Equal("ok", health["service_status"]!.GetValue<string>());
    }

    // The prediction cache stays off, as by default: the GET endpoints are cached regardless.
    private WebApplicationFactory<Program> SharedCacheApi() =>
        _factory.WithWebHostBuilder(builder => builder
            .UseSetting("PredictionCache:Timeout", TimeSpan.FromSeconds(1).ToString("c"))
            .UseSetting("ConnectionStrings:cache", _redis.ConnectionString));
}
