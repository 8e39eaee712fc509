using System.Net;
using CreditSmart.ModelStore.Tests.Support;

namespace CreditSmart.ModelStore.Tests.Store;

public sealed class AdminKeyTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public static TheoryData<string?> WrongKeys => new() { null, "", "not-the-admin-key-at-all-no", StoreServer.AdminKey + "x" };

    [Theory]
    [MemberData(nameof(WrongKeys))]
    public async Task EveryChangeNeedsTheAdminKeyButReadingDoesNot(string? key)
    {
        using var store = new StoreServer(_folder.Path);
        using var client = store.ReaderClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Admin-Key", key);
        }

        var before = await client.SnapshotAsync();

        var responses = new[]
        {
            await client.RegisterAsync(TestModels.SecondVersion("ml_v1.0.1-test")),
            await client.PromoteAsync(TestModels.BundledVersion),
            await client.RollBackAsync(),
        };

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        var problem = await responses[0].JsonAsync();
        Assert.Equal("urn:creditsmart:problem:admin-key-required", problem.GetProperty("type").GetString());
        Assert.DoesNotContain(StoreServer.AdminKey, await responses[0].Content.ReadAsStringAsync());
        Assert.Equal(before, await client.SnapshotAsync());
    }

    [Fact]
    public async Task AStoreWithoutAConfiguredKeyRefusesEveryChangeAndSaysChangesAreDisabled()
    {
        using var store = new StoreServer(_folder.Path, adminKey: null);
        using var client = store.AdminClient();

        var register = await client.RegisterAsync(TestModels.SecondVersion("ml_v1.0.1-test"));
        var promote = await client.PromoteAsync(TestModels.BundledVersion);
        var rollBack = await client.RollBackAsync();

        Assert.All([register, promote, rollBack], response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        var problem = await register.JsonAsync();
        Assert.Equal("urn:creditsmart:problem:changes-disabled", problem.GetProperty("type").GetString());
        Assert.Contains("disabled", problem.GetProperty("detail").GetString());
        Assert.Single((await client.ListAsync()).GetProperty("versions").EnumerateArray());
    }

    public void Dispose() => _folder.Dispose();
}
