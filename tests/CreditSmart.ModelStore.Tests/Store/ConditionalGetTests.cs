using System.Net;
using System.Net.Http.Headers;
using CreditSmart.ModelStore.Tests.Support;

namespace CreditSmart.ModelStore.Tests.Store;

public sealed class ConditionalGetTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly StoreServer _store;
    private readonly HttpClient _admin;

    public ConditionalGetTests()
    {
        _store = new StoreServer(_folder.Path);
        _admin = _store.AdminClient();
    }

    [Fact]
    public async Task TheActiveVersionAnswersNotModifiedToItsETagUntilItChanges()
    {
        var first = await _admin.GetAsync("/api/v1/models/active");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        var unchanged = await GetWithETagAsync("/api/v1/models/active", etag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);

        await _admin.RegisterAsync(TestModels.SecondVersion("ml_v1.0.1-test"));
        await _admin.PromoteAsync("ml_v1.0.1-test");

        var changed = await GetWithETagAsync("/api/v1/models/active", etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Equal("ml_v1.0.1-test", (await changed.JsonAsync()).GetProperty("model_version").GetString());
    }

    [Fact]
    public async Task AnArtifactDownloadCarriesItsSha256AsETagAndAnswersNotModifiedToIt()
    {
        var active = await (await _admin.GetAsync("/api/v1/models/active")).JsonAsync();
        var sha256 = active.GetProperty("artifact_sha256").GetString();
        var url = active.GetProperty("artifact_url").GetString()!;

        var download = await _admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal($"\"{sha256}\"", download.Headers.ETag?.Tag);
        Assert.Equal(TestModels.BundledArtifact, await download.Content.ReadAsByteArrayAsync());

        var again = await GetWithETagAsync(url, download.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task AnUnknownVersionIsNotFoundAsProblemJson()
    {
        var response = await _admin.GetAsync("/api/v1/models/ml_v404/artifact");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose()
    {
        _admin.Dispose();
        _store.Dispose();
        _folder.Dispose();
    }

    private async Task<HttpResponseMessage> GetWithETagAsync(string path, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return await _admin.SendAsync(request);
    }
}
