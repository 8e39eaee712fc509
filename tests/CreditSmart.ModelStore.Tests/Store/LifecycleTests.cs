using System.Net;
using CreditSmart.ModelStore.Tests.Support;

namespace CreditSmart.ModelStore.Tests.Store;

public sealed class LifecycleTests : IDisposable
{
    private const string Second = "ml_v1.0.1-test";

    private readonly TestFolder _folder = new();

    [Fact]
    public async Task PromotingActivatesAVersionAndRollingBackRestoresThePreviousOne()
    {
        using var store = new StoreServer(_folder.Path);
        using var admin = store.AdminClient();
        await admin.RegisterAsync(TestModels.SecondVersion(Second));

        var promoted = await admin.PromoteAsync(Second);

        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        var afterPromote = await admin.ListAsync();
        Assert.Equal(Second, afterPromote.GetProperty("active_version").GetString());
        Assert.Equal(TestModels.BundledVersion, afterPromote.GetProperty("previous_version").GetString());

        var rolledBack = await admin.RollBackAsync();

        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        Assert.Equal(TestModels.BundledVersion, (await rolledBack.JsonAsync()).GetProperty("model_version").GetString());
        var afterRollBack = await admin.ListAsync();
        Assert.Equal(TestModels.BundledVersion, afterRollBack.GetProperty("active_version").GetString());
        Assert.Equal(Second, afterRollBack.GetProperty("previous_version").GetString());
    }

    [Fact]
    public async Task RollingBackWithNothingActiveBeforeIsAConflict()
    {
        using var store = new StoreServer(_folder.Path);
        using var admin = store.AdminClient();

        var response = await admin.RollBackAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("urn:creditsmart:problem:no-previous-version", (await response.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task PromotingAnUnknownVersionIsNotFound()
    {
        using var store = new StoreServer(_folder.Path);
        using var admin = store.AdminClient();
        var before = await admin.SnapshotAsync();

        var response = await admin.PromoteAsync("ml_v404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await admin.SnapshotAsync());
    }

    [Fact]
    public async Task AStoreRestartedOnTheSameFolderFindsTheSameVersionsAndPointer()
    {
        string before;
        using (var first = new StoreServer(_folder.Path))
        {
            using var admin = first.AdminClient();
            await admin.RegisterAsync(TestModels.SecondVersion(Second));
            await admin.PromoteAsync(Second);
            before = await admin.SnapshotAsync();
        }

        using var second = new StoreServer(_folder.Path);
        using var reader = second.ReaderClient();

        Assert.Equal(before, await reader.SnapshotAsync());
        Assert.Contains($"active={Second}", before);
        var active = await reader.GetAsync("/api/v1/models/active");
        Assert.Equal(Second, (await active.JsonAsync()).GetProperty("model_version").GetString());
    }

    [Fact]
    public async Task ConcurrentRegistrationsEachLandWholeAndLeaveAConsistentStore()
    {
        using var store = new StoreServer(_folder.Path);
        using var admin = store.AdminClient();
        var distinct = Enumerable.Range(1, 8).Select(index => $"ml_v2.0.{index}-test").ToList();

        // Eight different versions and four copies of one more, all at once.
        var uploads = distinct.Select(version => admin.RegisterAsync(TestModels.SecondVersion(version)))
            .Concat(Enumerable.Range(0, 4).Select(_ => admin.RegisterAsync(TestModels.SecondVersion("ml_v2.1.0-race"))))
            .ToList();
        var responses = await Task.WhenAll(uploads).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.All(responses.Take(8), response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var racers = responses.Skip(8).Select(response => response.StatusCode).ToList();
        Assert.Single(racers, HttpStatusCode.Created);
        Assert.Equal(3, racers.Count(status => status == HttpStatusCode.Conflict));

        var snapshot = await admin.SnapshotAsync();
        Assert.Equal(10, (await admin.ListAsync()).GetProperty("versions").GetArrayLength());
        foreach (var folder in Directory.GetDirectories(Path.Combine(_folder.Path, "versions")))
        {
            Assert.True(File.Exists(Path.Combine(folder, "credit_risk_model.zip")), folder);
            Assert.True(File.Exists(Path.Combine(folder, "metadata.json")), folder);
            Assert.True(File.Exists(Path.Combine(folder, "version.json")), folder);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_folder.Path, "staging")));

        store.Dispose();
        using var restarted = new StoreServer(_folder.Path);
        using var reader = restarted.ReaderClient();
        Assert.Equal(snapshot, await reader.SnapshotAsync());
    }

    public void Dispose() => _folder.Dispose();
}
