using System.Net;
using CreditSmart.ModelStore.Tests.Support;

namespace CreditSmart.ModelStore.Tests.Store;

/// <summary>Every broken artifact is refused with its reason, and the store is left exactly as it was.</summary>
public sealed class RefusalTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly StoreServer _store;
    private readonly HttpClient _admin;

    public RefusalTests()
    {
        _store = new StoreServer(_folder.Path);
        _admin = _store.AdminClient();
    }

    public static TheoryData<string> BadArtifacts => TestModels.BadArtifacts;

    [Theory]
    [MemberData(nameof(BadArtifacts))]
    public async Task ABadArtifactIsRefusedWithItsReasonAndTheStoreIsUnchanged(string kind)
    {
        var before = await _admin.SnapshotAsync();

        var response = await _admin.RegisterAsync(TestModels.Bad(kind));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("urn:creditsmart:problem:model-rejected", problem.GetProperty("type").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(ExpectedReason(kind), detail);
        Assert.DoesNotContain(_folder.Path, detail);

        Assert.Equal(before, await _admin.SnapshotAsync());
        Assert.Single(Directory.GetDirectories(Path.Combine(_folder.Path, "versions")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(_folder.Path, "staging")));
    }

    [Theory]
    [InlineData("zzsentinel")]
    [InlineData("{}")]
    [InlineData("[\"zzsentinel\"]")]
    [InlineData("{\"model_version\": \"zzsentinel\"")]
    public async Task MetadataThatIsNotModelMetadataIsRefusedWithoutQuotingItOrNamingOurTypes(string metadata)
    {
        var (artifact, _) = TestModels.Bad(TestModels.RandomBytes);

        var response = await _admin.RegisterAsync(artifact, System.Text.Encoding.UTF8.GetBytes(metadata));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = (await response.JsonAsync()).GetProperty("detail").GetString()!;
        Assert.Contains("metadata.json is not model metadata", detail);
        Assert.DoesNotContain("zzsentinel", detail);
        Assert.DoesNotContain("CreditSmart.", detail);
        Assert.DoesNotContain("LineNumber", detail);
    }

    public void Dispose()
    {
        _admin.Dispose();
        _store.Dispose();
        _folder.Dispose();
    }

    private static string ExpectedReason(string kind) => kind switch
    {
        TestModels.WrongSchema => "does not fit the v1 schema",
        TestModels.ChecksumMismatch => "SHA-256 does not match",
        _ => "ML.NET could not load the artifact",
    };
}
