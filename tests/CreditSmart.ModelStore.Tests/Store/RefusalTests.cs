using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
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

    [Fact]
    public async Task MetadataWithAnExplanationMethodTheScorerDoesNotKnowIsRefused()
    {
        var metadata = System.Text.Json.Nodes.JsonNode.Parse(TestModels.MetadataFor(TestModels.BundledArtifact, "ml_v9.9.9-words"))!;
        metadata["explanation_method"] = "zzsentinel";
        var before = await _admin.SnapshotAsync();

        var response = await _admin.RegisterAsync(
            TestModels.BundledArtifact, System.Text.Encoding.UTF8.GetBytes(metadata.ToJsonString()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = (await response.JsonAsync()).GetProperty("detail").GetString()!;
        Assert.Contains("explanation_method is not one of fcc-linear or fcc-tree-path", detail);
        Assert.DoesNotContain("zzsentinel", detail);
        Assert.Equal(before, await _admin.SnapshotAsync());
    }

    [Fact]
    public async Task AVersionNameThatDiffersOnlyInCaseIsRefusedAsAlreadyRegistered()
    {
        Assert.Equal(HttpStatusCode.Created, (await _admin.RegisterAsync(TestModels.SecondVersion("ml_v1.1.0"))).StatusCode);
        var before = await _admin.SnapshotAsync();

        var response = await _admin.RegisterAsync(TestModels.SecondVersion("ML_V1.1.0"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("differs from it only in case", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(before, await _admin.SnapshotAsync());
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(_folder.Path, "versions")).Length);
    }

    [Fact]
    public async Task ARegistrationThatIsNotAFormIsRefusedWithAReadableDetail()
    {
        using var body = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

        var response = await _admin.PostAsync("/api/v1/models", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("multipart/form-data", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUploadOverTheLimitIsA413NamingTheLimitAndTheStoreIsUnchanged()
    {
        using var folder = new TestFolder();
        using var store = new StoreServer(
            folder.Path, settings: new Dictionary<string, string> { ["ModelStore:MaxArtifactBytes"] = "1024" });
        using var admin = store.AdminClient();
        var before = await admin.SnapshotAsync();

        // Past the 1 KB artifact limit and the 2 MB the form may add.
        var response = await admin.RegisterAsync(new byte[3 * 1024 * 1024], TestModels.BundledMetadata);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("urn:creditsmart:problem:payload-too-large", problem.GetProperty("type").GetString());
        Assert.Contains("larger than the 2098176 bytes", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await admin.SnapshotAsync());
    }

    [Theory]
    [InlineData("--x\r\nnot a part header\r\n")]
    [InlineData("garbage")]
    [InlineData("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv")]
    public async Task AFormThatCannotBeReadIsA400NotA500(string form)
    {
        using var body = new StringContent(form);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        var response = await _admin.PostAsync("/api/v1/models", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("urn:creditsmart:problem:bad-request", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task AnUploadThatStopsArrivingKeepsKestrels408()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_store.BaseAddress.Host, _store.BaseAddress.Port, deadline.Token);
        var stream = tcp.GetStream();

        // Ten bytes of a promised 1,000, then nothing: Kestrel's minimum body rate ends it after its grace period.
        var request = "POST /api/v1/models HTTP/1.1\r\n"
            + $"Host: {_store.BaseAddress.Authority}\r\n"
            + $"X-Admin-Key: {StoreServer.AdminKey}\r\n"
            + "Content-Type: multipart/form-data; boundary=x\r\n"
            + "Content-Length: 1000\r\n\r\n"
            + "--x\r\nConte";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), deadline.Token);
        var response = new MemoryStream();
        await stream.CopyToAsync(response, deadline.Token);
        var text = Encoding.UTF8.GetString(response.ToArray());

        Assert.StartsWith("HTTP/1.1 408", text, StringComparison.Ordinal);
        Assert.Contains("application/problem+json", text, StringComparison.Ordinal);
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
