using System.Net;
using System.Text;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Security;

/// <summary>Every response tells browsers not to sniff and caches not to keep it, and no response names the server.</summary>
public sealed class SecurityHeadersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string, string, string?, string?> EveryKindOfResponse =>
        HeadersTests.EveryKindOfResponse;

    [Theory]
    [MemberData(nameof(EveryKindOfResponse))]
    public async Task EveryResponseIsNosniffAndNoStore(string kind, string method, string path, string? body, string? contentType)
    {
        using var response = await SendAsync(factory.CreateClient(), method, path, body, contentType);

        AssertHardened(kind, response);
    }

    [Fact]
    public async Task AnUnauthorizedResponseIsNosniffAndNoStore()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Remove(ApiFactory.ApiKeyHeader);

        using var response = await SendAsync(client, "POST", ApiClientExtensions.PredictPath, ApplicationJson.SampleText, "application/json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertHardened("unauthorized", response);
    }

    [Fact]
    public async Task KestrelSendsNoServerHeader()
    {
        await using var api = new LoopbackApi();
        using var client = api.Client();

        using var scored = await SendAsync(client, "POST", ApiClientExtensions.PredictPath, ApplicationJson.SampleText, "application/json");
        using var notFound = await SendAsync(client, "GET", "/nope", null, null);
        using var unauthorized = await SendAsync(api.Client(apiKey: null), "GET", ApiClientExtensions.OpenApiPath, null, null);

        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.All([scored, notFound, unauthorized], response => Assert.Empty(response.Headers.Server));
        Assert.All([scored, notFound, unauthorized], response => AssertHardened("over Kestrel", response));
    }

    private static void AssertHardened(string kind, HttpResponseMessage response)
    {
        Assert.True(
            response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.SequenceEqual(["nosniff"]),
            $"{kind}: X-Content-Type-Options was '{string.Join(",", sniff ?? [])}'");
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{kind}: Cache-Control was '{response.Headers.CacheControl}'");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string? body, string? contentType)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return await client.SendAsync(request);
    }
}
