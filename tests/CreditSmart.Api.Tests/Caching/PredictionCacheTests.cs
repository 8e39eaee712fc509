using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using CreditSmart.Api.Audit;
using CreditSmart.Api.Scoring;
using CreditSmart.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Tests.Caching;

/// <summary>
/// The prediction cache against a real redis-server that each test starts on its own free port,
/// so no test sees another's entries.
/// </summary>
public sealed class PredictionCacheTests : IAsyncLifetime
{
    private static readonly string s_other = ApplicationJson.Sample()
        .Set("annual_income", "28000").Set("monthly_debt", "1500").Set("credit_score", "640")
        .SetString("home_ownership", "RENT").SetString("purpose", "small_business").ToString();

    private readonly ApiFactory _factory = new();
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task RepeatedApplicationIsAHitWithTheSameAnswerAndTheCurrentRequestId()
    {
        var client = CachedApi().CreateClient();

        var first = await client.PredictAsync(ApplicationJson.SampleText, requestId: "first-request");
        var second = await client.PredictAsync(ApplicationJson.SampleText, requestId: "second-request");

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("MISS", first.CacheHeader);
        Assert.Equal("HIT", second.CacheHeader);
        Assert.Equal("second-request", second.Json.GetProperty("request_id").GetString());
        Assert.Equal("second-request", second.RequestIdHeader);
        Assert.Equal(WithoutRequestId(first), WithoutRequestId(second));
    }

    [Fact]
    public async Task AHitIsAuditedAndCountedUnderItsOwnRequestId()
    {
        var api = CachedApi();
        var client = api.CreateClient();
        using var lookups = new MetricCollector<long>(
            api.Services.GetRequiredService<IMeterFactory>(), "CreditSmart", "creditsmart.cache.lookups");
        var auditPath = api.Services.GetRequiredService<IOptions<AuditOptions>>().Value.ResolvedPath;

        await client.PredictAsync(ApplicationJson.SampleText, requestId: "scored");
        var hit = await client.PredictAsync(ApplicationJson.SampleText, requestId: "from-cache");

        var records = await Eventually.FindAsync(
            () => File.Exists(auditPath) && File.ReadAllLines(auditPath) is { Length: 2 } lines ? lines : null,
            "two audit records");
        var audited = records.Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
        Assert.Equal(["scored", "from-cache"], audited.Select(record => record["request_id"]!.GetValue<string>()));
        Assert.Equal(audited[0]["input_hmac_sha256"]!.GetValue<string>(), audited[1]["input_hmac_sha256"]!.GetValue<string>());
        Assert.Equal(hit.Json.GetProperty("prediction").GetDouble(), audited[1]["probability"]!.GetValue<double>());
        Assert.Equal(["miss", "hit"], lookups.GetMeasurementSnapshot().Select(m => m.Tags["cache_result"]));
    }

    [Fact]
    public async Task TwoDifferentApplicationsNeverGetEachOthersAnswer()
    {
        var client = CachedApi().CreateClient();
        var uncached = _factory.CreateClient();

        await client.PredictAsync(ApplicationJson.SampleText);
        await client.PredictAsync(s_other);
        var sample = await client.PredictAsync(ApplicationJson.SampleText);
        var other = await client.PredictAsync(s_other);

        Assert.Equal("HIT", sample.CacheHeader);
        Assert.Equal("HIT", other.CacheHeader);
        Assert.NotEqual(WithoutRequestId(sample), WithoutRequestId(other));
        Assert.Equal(WithoutRequestId(await uncached.PredictAsync(ApplicationJson.SampleText)), WithoutRequestId(sample));
        Assert.Equal(WithoutRequestId(await uncached.PredictAsync(s_other)), WithoutRequestId(other));
    }

    [Fact]
    public async Task TwoCallersWithTheSameApplicationDoNotShareAnEntry()
    {
        var api = CachedApi();
        var first = api.CreateClient();
        var second = api.CreateClient();
        second.DefaultRequestHeaders.Remove(ApiFactory.ApiKeyHeader);
        second.DefaultRequestHeaders.Add(ApiFactory.ApiKeyHeader, ApiFactory.OtherApiKey);

        var firstScored = await first.PredictAsync(ApplicationJson.SampleText);
        var firstAgain = await first.PredictAsync(ApplicationJson.SampleText);
        var secondScored = await second.PredictAsync(ApplicationJson.SampleText);
        var secondAgain = await second.PredictAsync(ApplicationJson.SampleText);

        Assert.Equal(["MISS", "HIT", "MISS", "HIT"], new[] { firstScored, firstAgain, secondScored, secondAgain }.Select(r => r.CacheHeader));
        // Same application, same model: the answers agree, they are just not shared.
        Assert.Equal(WithoutRequestId(firstScored), WithoutRequestId(secondScored));
    }

    [Fact]
    public async Task ApplicationsOneValueApartAreDifferentEntries()
    {
        var client = CachedApi().CreateClient();

        await client.PredictAsync(ApplicationJson.SampleText);
        var oneMoreInquiry = await client.PredictAsync(ApplicationJson.Sample().Set("inquiries_6m", "2").ToString());

        Assert.Equal("MISS", oneMoreInquiry.CacheHeader);
    }

    [Fact]
    public async Task ReorderedFieldsWhitespaceAndNumberSpellingsHitTheSameEntry()
    {
        var client = CachedApi().CreateClient();

        var first = await client.PredictAsync(ApplicationJson.SampleText);
        var reordered = await client.PredictAsync(ApplicationJson.Sample().Reversed().ToString());
        var respelled = await client.PredictAsync(
            " { " + ApplicationJson.Sample().Set("annual_income", "7.5e4").Remove("schema_version").ToString()[1..]);

        Assert.Equal("MISS", first.CacheHeader);
        Assert.Equal("HIT", reordered.CacheHeader);
        Assert.Equal("HIT", respelled.CacheHeader);
        Assert.Equal(WithoutRequestId(first), WithoutRequestId(reordered));
        Assert.Equal(WithoutRequestId(first), WithoutRequestId(respelled));
    }

    [Fact]
    public async Task AnInvalidRequestFollowedByAValidOneGetsTheValidAnswer()
    {
        var client = CachedApi().CreateClient();

        var invalid = await client.PredictAsync(ApplicationJson.Sample().Set("credit_score", "900").ToString());
        var valid = await client.PredictAsync(ApplicationJson.SampleText);
        var invalidAgain = await client.PredictAsync(ApplicationJson.Sample().Set("credit_score", "900").ToString());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.Status);
        Assert.Null(invalid.CacheHeader);
        Assert.Equal(HttpStatusCode.OK, valid.Status);
        Assert.Equal("MISS", valid.CacheHeader);
        Assert.Equal(WithoutRequestId(await _factory.CreateClient().PredictAsync(ApplicationJson.SampleText)), WithoutRequestId(valid));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalidAgain.Status);
    }

    [Fact]
    public async Task AModelChangeMeansTheNextIdenticalRequestIsScoredByTheNewScorer()
    {
        var api = CachedApi();
        var client = api.CreateClient();
        var scorer = api.Services.GetRequiredService<LiveScorer>();

        await client.PredictAsync(ApplicationJson.SampleText);
        var beforeChange = await client.PredictAsync(ApplicationJson.SampleText);
        scorer.UseRules("the test retires the model");
        var afterChange = await client.PredictAsync(ApplicationJson.SampleText);
        var repeated = await client.PredictAsync(ApplicationJson.SampleText);

        Assert.Equal("HIT", beforeChange.CacheHeader);
        Assert.Equal("model", beforeChange.Json.GetProperty("scoring_mode").GetString());
        Assert.Equal("MISS", afterChange.CacheHeader);
        Assert.Equal("rules", afterChange.Json.GetProperty("scoring_mode").GetString());
        Assert.Equal(scorer.Info.ModelVersion, afterChange.Json.GetProperty("model_version").GetString());
        Assert.Equal("HIT", repeated.CacheHeader);
        Assert.Equal("rules", repeated.Json.GetProperty("scoring_mode").GetString());
    }

    [Fact]
    public async Task TwoApiInstancesShareHits()
    {
        var first = CachedApi().CreateClient();
        var second = CachedApi().CreateClient();

        var scored = await first.PredictAsync(ApplicationJson.SampleText);
        var shared = await second.PredictAsync(ApplicationJson.SampleText);

        Assert.Equal("MISS", scored.CacheHeader);
        Assert.Equal("HIT", shared.CacheHeader);
        Assert.Equal(WithoutRequestId(scored), WithoutRequestId(shared));
    }

    [Fact]
    public async Task HealthReportsTheCacheStoreAndWhetherPredictionsUseIt()
    {
        var notEnabled = _factory.WithWebHostBuilder(builder =>
            builder.UseSetting("ConnectionStrings:cache", _redis.ConnectionString));

        var cached = await CachedApi().CreateClient().GetResponseAsync(ApiClientExtensions.HealthPath);
        var withoutRedis = await _factory.CreateClient().GetResponseAsync(ApiClientExtensions.HealthPath);
        var byDefault = await notEnabled.CreateClient().GetResponseAsync(ApiClientExtensions.HealthPath);

        Assert.Equal("available", cached.Json.GetProperty("cache").GetString());
        Assert.True(cached.Json.GetProperty("prediction_cache").GetBoolean());
        Assert.Equal("memory", withoutRedis.Json.GetProperty("cache").GetString());
        Assert.False(withoutRedis.Json.GetProperty("prediction_cache").GetBoolean());
        Assert.Equal("available", byDefault.Json.GetProperty("cache").GetString());
        Assert.False(byDefault.Json.GetProperty("prediction_cache").GetBoolean());
    }

    [Fact]
    public async Task WithThePredictionCacheOffPredictionsSayNothingAboutIt()
    {
        var client = _factory.CreateClient();

        await client.PredictAsync(ApplicationJson.SampleText);
        var repeated = await client.PredictAsync(ApplicationJson.SampleText);

        Assert.Equal(HttpStatusCode.OK, repeated.Status);
        Assert.Null(repeated.CacheHeader);
    }

    [Fact]
    public async Task RedisKilledUnderLoadFailsNoRequestAndHitsResumeWhenItReturns()
    {
        var client = CachedApi().CreateClient();
        var answers = new LockedList<ApiResponse>();
        using var stop = new CancellationTokenSource();

        var senders = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                answers.Add(await client.PredictAsync(ApplicationJson.SampleText));
            }
        })).ToArray();

        await Eventually.FindAsync(() => answers.Snapshot().FirstOrDefault(a => a.CacheHeader == "HIT"), "a hit before the kill");
        await _redis.KillAsync();

        var down = await HealthWhenAsync(client, "unavailable");
        Assert.Equal("ok", down["service_status"]!.GetValue<string>());
        var sentWhileDown = answers.Count;
        await Eventually.FindAsync(() => answers.Count > sentWhileDown + 50 ? answers : null, "predictions while Redis is down");

        await _redis.RestartAsync();
        var resumedFrom = answers.Count;
        await Eventually.FindAsync(
            () => answers.Snapshot().Skip(resumedFrom).FirstOrDefault(a => a.CacheHeader == "HIT"),
            "a hit after Redis returned",
            TimeSpan.FromSeconds(30));

        await stop.CancelAsync();
        await Task.WhenAll(senders);

        var failed = answers.Snapshot().Where(a => a.Status != HttpStatusCode.OK).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} of {answers.Count} failed, e.g. {failed.FirstOrDefault()}");
        Assert.Contains(answers.Snapshot(), a => a.CacheHeader == "MISS");
        await HealthWhenAsync(client, "available");
    }

    [Fact]
    public async Task ASlowRedisCostsAtMostTheTimeoutAndHitsResumeWhenItAnswersAgain()
    {
        var client = CachedApi(TimeSpan.FromMilliseconds(50)).CreateClient();
        await client.PredictAsync(ApplicationJson.SampleText);

        await _redis.PauseAsync();
        var slowest = TimeSpan.Zero;
        var whilePaused = new List<ApiResponse>();
        for (var i = 0; i < 20; i++)
        {
            var started = Stopwatch.GetTimestamp();
            whilePaused.Add(await client.PredictAsync(ApplicationJson.SampleText));
            slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, Stopwatch.GetElapsedTime(started).Ticks));
        }

        var down = await HealthWhenAsync(client, "unavailable");
        await _redis.ResumeAsync();

        Assert.All(whilePaused, response => Assert.Equal(HttpStatusCode.OK, response.Status));
        Assert.All(whilePaused, response => Assert.Equal("MISS", response.CacheHeader));
        Assert.Equal("ok", down["service_status"]!.GetValue<string>());
        // The timeout is 50 ms; the rest is slack for a loaded test machine, far below Redis's own 5 s.
        Assert.True(slowest < TimeSpan.FromSeconds(1), $"The slowest prediction took {slowest}.");

        await Eventually.FindAsync(
            async () => (await client.PredictAsync(ApplicationJson.SampleText)).CacheHeader == "HIT",
            "a hit after Redis answered again");
    }

    // Tests of what is cached allow a loaded test machine a whole second per cache call, so a
    // slow moment is not mistaken for an outage; the slow-Redis test sets the product's 50 ms.
    private WebApplicationFactory<Program> CachedApi(TimeSpan? cacheTimeout = null) =>
        _factory.WithWebHostBuilder(builder => builder
            .UseSetting("PredictionCache:Enabled", "true")
            .UseSetting("PredictionCache:Timeout", (cacheTimeout ?? TimeSpan.FromSeconds(1)).ToString("c"))
            .UseSetting("ConnectionStrings:cache", _redis.ConnectionString));

    // Health is polled, with a deadline, until it reports the cache as expected.
    private static async Task<JsonObject> HealthWhenAsync(HttpClient client, string cache)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var health = JsonNode.Parse((await client.GetResponseAsync(ApiClientExtensions.HealthPath)).Body)!.AsObject();
            if (health["cache"]!.GetValue<string>() == cache)
            {
                return health;
            }

            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"Health never reported the cache {cache}: {health.ToJsonString()}");
            }

            await Task.Delay(20);
        }
    }

    private static string WithoutRequestId(ApiResponse response)
    {
        var body = JsonNode.Parse(response.Body)!.AsObject();
        body.Remove("request_id");
        return body.ToJsonString();
    }
}
