using CreditSmart.Api.Tests.Support;
using CreditSmart.ModelStore.Tests.Support;

namespace CreditSmart.ModelStore.Tests.Following;

public sealed class FollowingTests : IDisposable
{
    private const string Second = "ml_v1.0.1-test";

    private readonly TestFolder _folder = new();
    private readonly StoreServer _store;
    private readonly HttpClient _admin;

    public FollowingTests()
    {
        _store = new StoreServer(_folder.Sub("store"));
        _admin = _store.AdminClient();
    }

    [Fact]
    public async Task TheApiStartsOnTheStoresActiveVersionAndSaysSo()
    {
        using var api = new FollowingApi(_store.BaseAddress, _folder.Sub("lkg"));

        var health = await api.HealthAsync();

        Assert.Equal("store", health.GetProperty("model_source").GetString());
        Assert.Equal(TestModels.BundledVersion, health.GetProperty("model_version").GetString());
        Assert.Equal(64, health.GetProperty("artifact_sha256").GetString()!.Length);
        Assert.Equal(TestModels.BundledVersion, (await api.PredictAsync()).ModelVersion);
        Assert.True(File.Exists(Path.Combine(_folder.Sub("lkg"), "credit_risk_model.zip")));
    }

    [Fact]
    public async Task APromotedVersionReachesTheApiWithinFiveSeconds()
    {
        using var api = new FollowingApi(_store.BaseAddress, _folder.Sub("lkg"));
        await _admin.RegisterAsync(TestModels.SecondVersion(Second));

        await _admin.PromoteAsync(Second);
        await api.WaitForModelAsync(Second, TimeSpan.FromSeconds(5));

        Assert.Equal(Second, (await api.PredictAsync()).ModelVersion);
        Assert.Equal("store", (await api.HealthAsync()).GetProperty("model_source").GetString());
    }

    [Fact]
    public async Task AfterAPromotionTheNextIdenticalRequestIsScoredByTheNewModelNotTheCache()
    {
        await using var redis = await RedisServer.StartAsync();
        using var api = new FollowingApi(_store.BaseAddress, _folder.Sub("lkg"), redis.ConnectionString);
        await _admin.RegisterAsync(TestModels.SecondVersion(Second));

        var scored = await api.PredictWithCacheHeaderAsync();
        var cached = await api.PredictWithCacheHeaderAsync();
        await _admin.PromoteAsync(Second);
        await api.WaitForModelAsync(Second, TimeSpan.FromSeconds(5));
        var afterPromotion = await api.PredictWithCacheHeaderAsync();
        var cachedAgain = await api.PredictWithCacheHeaderAsync();

        Assert.Equal((TestModels.BundledVersion, "MISS"), scored);
        Assert.Equal((TestModels.BundledVersion, "HIT"), cached);
        Assert.Equal((Second, "MISS"), afterPromotion);
        Assert.Equal((Second, "HIT"), cachedAgain);
    }

    [Fact]
    public async Task AnArtifactCorruptedInTheStoreIsRejectedAndTheServingModelStays()
    {
        using var api = new FollowingApi(_store.BaseAddress, _folder.Sub("lkg"));
        await _admin.RegisterAsync(TestModels.SecondVersion(Second));
        // Damage after registration (a bad disk, a bad copy): the store still vouches for the old checksum.
        var artifact = Path.Combine(_folder.Sub("store"), "versions", Second, "credit_risk_model.zip");
        File.WriteAllBytes(artifact, [.. File.ReadAllBytes(artifact), 0x00]);

        await _admin.PromoteAsync(Second);
        // Three poll intervals: time enough to fetch, check and refuse it.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var health = await api.HealthAsync();
        Assert.Equal(TestModels.BundledVersion, health.GetProperty("model_version").GetString());
        Assert.Equal("ok", health.GetProperty("service_status").GetString());
        Assert.Equal(TestModels.BundledVersion, (await api.PredictAsync()).ModelVersion);
    }

    public void Dispose()
    {
        _admin.Dispose();
        _store.Dispose();
        _folder.Dispose();
    }
}
