using System.Net;
using CreditSmart.ModelStore.Tests.Support;

namespace CreditSmart.ModelStore.Tests.Store;

public sealed class HealthTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public async Task TheStoreIsHealthyWithAnActiveVersion()
    {
        using var store = new StoreServer(_folder.Path);
        using var client = store.ReaderClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheStoreIsUnhealthyWithoutAnActiveVersion()
    {
        using var store = new StoreServer(_folder.Path, seed: false);
        using var client = store.ReaderClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/models/active")).StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryModelsEndpoint()
    {
        using var store = new StoreServer(_folder.Path);
        using var client = store.ReaderClient();

        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = document.GetProperty("paths");

        foreach (var path in new[]
        {
            "/api/v1/models", "/api/v1/models/active", "/api/v1/models/{version}",
            "/api/v1/models/{version}/artifact", "/api/v1/models/{version}/promote", "/api/v1/models/rollback",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"The OpenAPI document lacks {path}.");
        }
    }

    public void Dispose() => _folder.Dispose();
}
