using System.Net;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Cors;

/// <summary>The API configured with one allowed origin (<see cref="ApiFactory.AllowedOrigin"/>), as in Production.</summary>
public sealed class CorsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Allowed = ApiFactory.AllowedOrigin;

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Origins that resemble the allowed one without being it.</summary>
    public static TheoryData<string> LookAlikes =>
    [
        "https://app.creditsmart.test.evil.com",
        "https://evil.app.creditsmart.test",
        "https://evilapp.creditsmart.test",
        "https://app.creditsmart.tes",
        "http://app.creditsmart.test",
        "https://app.creditsmart.test:8443",
        "https://app.creditsmart.test/",
        "https://app.creditsmart.test/path",
        "https://app.creditsmart.test@evil.com",
        "wss://app.creditsmart.test",
        "null",
        "*",
        "",
    ];

    [Fact]
    public async Task APreflightForPredictFromTheAllowedOriginIsAnswered()
    {
        using var response = await _client.PreflightPredictAsync(Allowed);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([Allowed], response.Values(CorsRequest.AllowOrigin));
        Assert.Contains("POST", response.Values(CorsRequest.AllowMethods));
        var headers = response.Values(CorsRequest.AllowHeaders);
        foreach (var header in new[] { "content-type", "x-request-id", "x-api-key" })
        {
            Assert.Contains(header, headers, StringComparer.OrdinalIgnoreCase);
        }

        Assert.Contains("Origin", response.Values("Vary"));
        Assert.Empty(response.Values(CorsRequest.AllowCredentials));
    }

    [Fact]
    public async Task APreflightAsksNoMoreThanHeadersTheFrontendSends()
    {
        using var response = await _client.PreflightPredictAsync(Allowed, "content-type,x-evil");

        Assert.DoesNotContain("x-evil", response.Values(CorsRequest.AllowHeaders), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APredictionFromTheAllowedOriginIsReadableWithItsHeaders()
    {
        using var response = await _client.SendFromAsync(
            Allowed, HttpMethod.Post, ApiClientExtensions.PredictPath, ApplicationJson.SampleText);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Allowed], response.Values(CorsRequest.AllowOrigin));
        Assert.Contains("Origin", response.Values("Vary"));
        var exposed = response.Values(CorsRequest.ExposeHeaders);
        foreach (var header in new[] { "X-Request-ID", "X-API-Version", "X-Cache" })
        {
            Assert.Contains(header, exposed, StringComparer.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public async Task ALookAlikeOriginGetsNoCorsHeadersOnAPreflight(string origin)
    {
        using var response = await _client.PreflightPredictAsync(origin);

        Assert.True(response.StatusCode < HttpStatusCode.InternalServerError, $"{origin}: {(int)response.StatusCode}");
        Assert.Empty(response.CorsHeaderNames());
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public async Task ALookAlikeOriginGetsNoCorsHeadersOnAPrediction(string origin)
    {
        using var response = await _client.SendFromAsync(
            origin, HttpMethod.Post, ApiClientExtensions.PredictPath, ApplicationJson.SampleText);

        // The server still answers (CORS is the browser's to enforce); the page just cannot read it.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.CorsHeaderNames());
    }

    [Fact]
    public async Task ARequestWithoutAnOriginGetsNoCorsHeaders()
    {
        using var response = await _client.SendFromAsync(
            origin: null, HttpMethod.Post, ApiClientExtensions.PredictPath, ApplicationJson.SampleText);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.CorsHeaderNames());
    }

    public static TheoryData<string, string, string, string?, string?, HttpStatusCode> Refusals => new()
    {
        { "422 validation", "POST", ApiClientExtensions.PredictPath, "{}", "application/json", HttpStatusCode.UnprocessableEntity },
        { "400 malformed", "POST", ApiClientExtensions.PredictPath, "{", "application/json", HttpStatusCode.BadRequest },
        { "415 media type", "POST", ApiClientExtensions.PredictPath, ApplicationJson.SampleText, "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "413 too large", "POST", ApiClientExtensions.PredictPath, new string(' ', 20_000), "application/json", HttpStatusCode.RequestEntityTooLarge },
        { "404 no route", "GET", "/api/v1/nope", null, null, HttpStatusCode.NotFound },
        { "405 method", "GET", ApiClientExtensions.PredictPath, null, null, HttpStatusCode.MethodNotAllowed },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ErrorsToTheAllowedOriginCarryCorsHeadersSoThePageCanReadThem(
        string name, string method, string path, string? body, string? contentType, HttpStatusCode status)
    {
        using var response = await _client.SendFromAsync(Allowed, new HttpMethod(method), path, body, contentType);

        Assert.True(response.StatusCode == status, $"{name}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([Allowed], response.Values(CorsRequest.AllowOrigin));
        Assert.Contains("Origin", response.Values("Vary"));
        Assert.Contains("X-Request-ID", response.Values(CorsRequest.ExposeHeaders), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WithCredentialsAllowedTheAllowedOriginIsToldSo()
    {
        using var withCredentials = factory.WithWebHostBuilder(builder => builder.UseSetting("Cors:AllowCredentials", "true"));
        var client = withCredentials.CreateClient();

        using var preflight = await client.PreflightPredictAsync(Allowed);
        using var lookAlike = await client.PreflightPredictAsync("https://app.creditsmart.test.evil.com");

        Assert.Equal([Allowed], preflight.Values(CorsRequest.AllowOrigin));
        Assert.Equal(["true"], preflight.Values(CorsRequest.AllowCredentials));
        Assert.Empty(lookAlike.CorsHeaderNames());
    }

    [Fact]
    public async Task SeveralOriginsAreEachAllowedAndNothingElse()
    {
        using var twoOrigins = factory.WithWebHostBuilder(builder =>
            builder.UseSetting("Cors:AllowedOrigins:1", "http://localhost:3000"));
        var client = twoOrigins.CreateClient();

        using var first = await client.PreflightPredictAsync(Allowed);
        using var second = await client.PreflightPredictAsync("http://localhost:3000");
        using var otherPort = await client.PreflightPredictAsync("http://localhost:3001");

        Assert.Equal([Allowed], first.Values(CorsRequest.AllowOrigin));
        Assert.Equal(["http://localhost:3000"], second.Values(CorsRequest.AllowOrigin));
        Assert.Empty(otherPort.CorsHeaderNames());
    }
}
