using System.Net;
using CreditSmart.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CreditSmart.Api.Tests.Security;

/// <summary>API keys as Production runs them: required, sent in X-API-Key, matched by their hash.</summary>
public sealed class ApiKeyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> OpenPaths => new() { "/health", "/alive", ApiClientExtensions.HealthPath };

    [Fact]
    public async Task APredictionWithoutAKeyIsUnauthorizedWithAProblemBody()
    {
        var response = await ClientSending(apiKey: null).PredictAsync(ApplicationJson.SampleText);

        AssertUnauthorized(response);
    }

    [Theory]
    [InlineData("wrong-key-zzsentinel")]
    [InlineData("")]
    // The right key's hash in place of the key: configuration's value must not work as a key.
    [InlineData("hash")]
    public async Task APredictionWithAWrongKeyIsUnauthorizedAndTheKeyIsNotEchoed(string sent)
    {
        var key = sent == "hash" ? ApiFactory.Sha256Of(ApiFactory.ApiKey) : sent;

        var response = await ClientSending(key).PredictAsync(ApplicationJson.SampleText);

        AssertUnauthorized(response);
        if (key.Length > 0)
        {
            ResponseAssert.DoesNotEcho(response, key);
        }
    }

    [Theory]
    [InlineData(ApiFactory.ApiKey)]
    [InlineData(ApiFactory.OtherApiKey)]
    public async Task APredictionWithAConfiguredKeyIsScored(string key)
    {
        var response = await ClientSending(key).PredictAsync(ApplicationJson.SampleText);

        ResponseAssert.Prediction(response);
    }

    [Fact]
    public async Task AKeyWithAnotherCaseIsUnauthorized()
    {
        var response = await ClientSending(ApiFactory.ApiKey.ToUpperInvariant()).PredictAsync(ApplicationJson.SampleText);

        AssertUnauthorized(response);
    }

    [Theory]
    [MemberData(nameof(OpenPaths))]
    public async Task HealthEndpointsAnswerWithoutAKey(string path)
    {
        var response = await ClientSending(apiKey: null).GetResponseAsync(path);

        ResponseAssert.Status(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheOpenApiDocumentNeedsAKey()
    {
        var without = await ClientSending(apiKey: null).GetResponseAsync(ApiClientExtensions.OpenApiPath);
        var with = await factory.CreateClient().GetResponseAsync(ApiClientExtensions.OpenApiPath);

        AssertUnauthorized(without);
        ResponseAssert.Status(with, HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheOpenApiDocumentDeclaresTheKeyOnPredictionsAndNotOnHealth()
    {
        var document = (await factory.CreateClient().GetResponseAsync(ApiClientExtensions.OpenApiPath)).Json;

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-API-Key", scheme.GetProperty("name").GetString());
        var paths = document.GetProperty("paths");
        var predict = paths.GetProperty("/api/v1/predict").GetProperty("post");
        Assert.True(Assert.Single(predict.GetProperty("security").EnumerateArray()).TryGetProperty("ApiKey", out _));
        Assert.True(predict.GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(predict.GetProperty("responses").TryGetProperty("429", out _));
        Assert.True(predict.GetProperty("responses").TryGetProperty("504", out _));
        Assert.False(paths.GetProperty("/api/v1/health").GetProperty("get").TryGetProperty("security", out _));
    }

    [Theory]
    [InlineData("/api/v1/predict", "post")]
    [InlineData("/api/v1/model", "get")]
    [InlineData("/api/v1/schema", "get")]
    public async Task EveryEndpointThatNeedsAKeyDocumentsItsRefusals(string path, string method)
    {
        var document = (await factory.CreateClient().GetResponseAsync(ApiClientExtensions.OpenApiPath)).Json;

        var responses = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        Assert.True(responses.TryGetProperty("401", out _), $"{path} does not document 401.");
        Assert.True(responses.TryGetProperty("429", out _), $"{path} does not document 429.");
    }

    [Fact]
    public async Task InDevelopmentKeysAreNotRequiredByDefault()
    {
        var development = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
        var client = development.CreateClient();
        client.DefaultRequestHeaders.Remove(ApiFactory.ApiKeyHeader);

        var response = await client.PredictAsync(ApplicationJson.SampleText);

        ResponseAssert.Prediction(response);
    }

    [Fact]
    public async Task WithKeysSwitchedOffAPredictionWithoutAKeyIsScored()
    {
        var open = factory.WithWebHostBuilder(builder => builder.UseSetting("ApiKeys:Required", "false"));
        var client = open.CreateClient();
        client.DefaultRequestHeaders.Remove(ApiFactory.ApiKeyHeader);

        var response = await client.PredictAsync(ApplicationJson.SampleText);

        ResponseAssert.Prediction(response);
    }

    private HttpClient ClientSending(string? apiKey)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Remove(ApiFactory.ApiKeyHeader);
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(ApiFactory.ApiKeyHeader, apiKey);
        }

        return client;
    }

    private static void AssertUnauthorized(ApiResponse response)
    {
        var problem = ResponseAssert.Problem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("urn:creditsmart:problem:unauthorized", problem.GetProperty("type").GetString());
        Assert.Contains("X-API-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        ResponseAssert.NonEmptyString(problem, "trace_id");
    }
}
