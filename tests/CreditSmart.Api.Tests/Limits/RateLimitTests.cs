using System.Globalization;
using System.Net;
using CreditSmart.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CreditSmart.Api.Tests.Limits;

/// <summary>Two requests a minute per caller: the third is refused, other callers and probes are not.</summary>
public sealed class RateLimitTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int Permits = 2;

    [Fact]
    public async Task ACallerOverItsLimitGets429WithRetryAfterAndAProblemBody()
    {
        var client = Limited().CreateClient();

        for (var i = 0; i < Permits; i++)
        {
            ResponseAssert.Prediction(await client.PredictAsync(ApplicationJson.SampleText));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, ApiClientExtensions.PredictPath)
        {
            Content = new StringContent(ApplicationJson.SampleText, System.Text.Encoding.UTF8, "application/json"),
        };
        using var refused = await client.SendAsync(request);
        var response = await ApiResponse.ReadAsync(refused);

        var problem = ResponseAssert.Problem(response, HttpStatusCode.TooManyRequests);
        Assert.Equal("urn:creditsmart:problem:too-many-requests", problem.GetProperty("type").GetString());
        ResponseAssert.NonEmptyString(problem, "trace_id");
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, CultureInfo.InvariantCulture), 1, 60);
    }

    [Fact]
    public async Task EachApiKeyHasItsOwnLimit()
    {
        var api = Limited();
        var first = api.CreateClient();
        var second = api.CreateClient();
        second.DefaultRequestHeaders.Remove(ApiFactory.ApiKeyHeader);
        second.DefaultRequestHeaders.Add(ApiFactory.ApiKeyHeader, ApiFactory.OtherApiKey);

        for (var i = 0; i <= Permits; i++)
        {
            await first.PredictAsync(ApplicationJson.SampleText);
        }

        var firstAgain = await first.PredictAsync(ApplicationJson.SampleText);
        var secondsFirst = await second.PredictAsync(ApplicationJson.SampleText);

        ResponseAssert.Status(firstAgain, HttpStatusCode.TooManyRequests);
        ResponseAssert.Prediction(secondsFirst);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData(ApiClientExtensions.HealthPath)]
    public async Task HealthIsNotLimited(string path)
    {
        var client = Limited().CreateClient();
        for (var i = 0; i <= Permits; i++)
        {
            await client.PredictAsync(ApplicationJson.SampleText);
        }

        for (var i = 0; i < 3 * Permits; i++)
        {
            ResponseAssert.Status(await client.GetResponseAsync(path), HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task RequestsWithWrongKeysCountAgainstTheirAddress()
    {
        var client = Limited().CreateClient();
        client.DefaultRequestHeaders.Remove(ApiFactory.ApiKeyHeader);
        client.DefaultRequestHeaders.Add(ApiFactory.ApiKeyHeader, "a-guess");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Permits; i++)
        {
            statuses.Add((await client.PredictAsync(ApplicationJson.SampleText)).Status);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, Permits), HttpStatusCode.TooManyRequests], statuses);
    }

    private WebApplicationFactory<Program> Limited() => factory.WithWebHostBuilder(builder => builder
        .UseSetting("RateLimiting:PermitLimit", Permits.ToString(CultureInfo.InvariantCulture))
        .UseSetting("RateLimiting:Window", "00:01:00"));
}
