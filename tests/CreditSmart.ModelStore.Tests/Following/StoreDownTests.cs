using CreditSmart.ModelStore.Tests.Support;
using Xunit.Abstractions;

namespace CreditSmart.ModelStore.Tests.Following;

public sealed class StoreDownTests(ITestOutputHelper output) : IDisposable
{
    private const string Second = "ml_v1.0.1-test";

    // Start-up may wait this long for the store (ModelStore:StartupTimeout, 3 s) plus a model load.
    private static readonly TimeSpan s_startupBudget = TimeSpan.FromSeconds(10);

    private readonly TestFolder _folder = new();

    [Fact]
    public async Task WithTheStoreDownTheApiStartsFromItsLastKnownGoodCopy()
    {
        var lastKnownGood = _folder.Sub("lkg");
        using (var store = new StoreServer(_folder.Sub("store")))
        {
            using var admin = store.AdminClient();
            await admin.RegisterAsync(TestModels.SecondVersion(Second));
            await admin.PromoteAsync(Second);

            // An API that followed the store to the second version, which it keeps locally.
            using var before = new FollowingApi(store.BaseAddress, lastKnownGood);
            Assert.Equal(Second, (await before.HealthAsync()).GetProperty("model_version").GetString());
        }

        using var api = new FollowingApi(FollowingApi.UnreachableStoreUrl(), lastKnownGood);
        output.WriteLine($"Start-up with the store down, from last-known-good: {api.StartupTime.TotalMilliseconds:F0} ms");

        var health = await api.HealthAsync();
        Assert.Equal("last_known_good", health.GetProperty("model_source").GetString());
        Assert.Equal(Second, health.GetProperty("model_version").GetString());
        Assert.Equal(Second, (await api.PredictAsync()).ModelVersion);
        Assert.True(api.StartupTime < s_startupBudget, $"Start-up took {api.StartupTime}.");
    }

    [Fact]
    public async Task WithTheStoreDownAndNoLastKnownGoodTheApiStartsFromTheBundledModel()
    {
        using var api = new FollowingApi(FollowingApi.UnreachableStoreUrl(), _folder.Sub("empty-lkg"));
        output.WriteLine($"Start-up with the store down, from the bundled model: {api.StartupTime.TotalMilliseconds:F0} ms");

        var health = await api.HealthAsync();
        Assert.Equal("bundled", health.GetProperty("model_source").GetString());
        Assert.Equal(TestModels.BundledVersion, health.GetProperty("model_version").GetString());
        Assert.Equal("ok", health.GetProperty("service_status").GetString());
        Assert.True(api.StartupTime < s_startupBudget, $"Start-up took {api.StartupTime}.");
    }

    [Fact]
    public async Task AnApiThatStartedWithoutTheStoreFollowsItOnceItIsBack()
    {
        var storeFolder = _folder.Sub("store");
        Uri storeUrl;
        using (var once = new StoreServer(storeFolder))
        {
            storeUrl = once.BaseAddress;
        }

        using var api = new FollowingApi(storeUrl, _folder.Sub("lkg"));
        Assert.Equal("bundled", (await api.HealthAsync()).GetProperty("model_source").GetString());

        using var store = new StoreServer(storeFolder, port: storeUrl.Port);
        await WaitForSourceAsync(api, "store", TimeSpan.FromSeconds(5));
    }

    public void Dispose() => _folder.Dispose();

    private static async Task WaitForSourceAsync(FollowingApi api, string source, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while ((await api.HealthAsync()).GetProperty("model_source").GetString() != source)
        {
            await Task.Delay(50, deadline.Token);
        }
    }
}
