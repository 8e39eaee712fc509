using System.Net;
using CreditSmart.ModelStore.Tests.Support;

namespace CreditSmart.ModelStore.Tests.Store;

public sealed class RegistrationTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly StoreServer _store;
    private readonly HttpClient _admin;

    public RegistrationTests()
    {
        _store = new StoreServer(_folder.Path);
        _admin = _store.AdminClient();
    }

    [Fact]
    public async Task AnEmptyStoreSeedsItselfWithTheBundledModelAndActivatesIt()
    {
        var list = await _admin.ListAsync();

        Assert.Equal(TestModels.BundledVersion, list.GetProperty("active_version").GetString());
        var version = Assert.Single(list.GetProperty("versions").EnumerateArray());
        Assert.True(version.GetProperty("is_active").GetBoolean());
        Assert.Equal(
            TestModels.BundledVersion,
            version.GetProperty("metadata").GetProperty("model_version").GetString());
    }

    [Fact]
    public async Task RegisteringAValidVersionStoresItWithoutActivatingIt()
    {
        var response = await _admin.RegisterAsync(TestModels.SecondVersion("ml_v1.0.1-test"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/v1/models/ml_v1.0.1-test", response.Headers.Location?.OriginalString);
        var created = await response.JsonAsync();
        Assert.Equal("ml_v1.0.1-test", created.GetProperty("model_version").GetString());
        Assert.False(created.GetProperty("is_active").GetBoolean());

        var list = await _admin.ListAsync();
        Assert.Equal(TestModels.BundledVersion, list.GetProperty("active_version").GetString());
        Assert.Equal(2, list.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task RegisteringAVersionThatExistsIsAConflictAndChangesNothing()
    {
        var before = await _admin.SnapshotAsync();

        var response = await _admin.RegisterAsync(TestModels.SecondVersion(TestModels.BundledVersion));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("urn:creditsmart:problem:version-exists", (await response.JsonAsync()).GetProperty("type").GetString());
        Assert.Equal(before, await _admin.SnapshotAsync());
    }

    [Fact]
    public async Task AFormWithoutBothFilesIsABadRequest()
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(TestModels.BundledArtifact), "artifact", "credit_risk_model.zip" },
        };

        var response = await _admin.PostAsync(StoreClientExtensions.ModelsPath, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'metadata'", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AModelVersionThatIsNotAPlainTokenIsRefused()
    {
        var response = await _admin.RegisterAsync(TestModels.SecondVersion("../escape"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("model_version must be", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Single(Directory.GetDirectories(Path.Combine(_folder.Path, "versions")));
    }

    public void Dispose()
    {
        _admin.Dispose();
        _store.Dispose();
        _folder.Dispose();
    }
}
