using System.Net;
using System.Text.Json;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests;

public sealed class OpenApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task DocumentIsServedAsJsonOutsideDevelopment()
    {
        var response = await _client.GetResponseAsync(ApiClientExtensions.OpenApiPath);

        ResponseAssert.Status(response, HttpStatusCode.OK);
        Assert.Equal("application/json", response.MediaType);
        Assert.StartsWith("3.", ResponseAssert.NonEmptyString(response.Json, "openapi"));
    }

    [Theory]
    [InlineData("/api/v1/predict", "post")]
    [InlineData("/api/v1/health", "get")]
    public async Task DocumentDescribesEachEndpoint(string path, string method)
    {
        var response = await _client.GetResponseAsync(ApiClientExtensions.OpenApiPath);

        var paths = ResponseAssert.Property(response.Json, "paths");
        var operation = ResponseAssert.Property(ResponseAssert.Property(paths, path), method);
        Assert.Equal(JsonValueKind.Object, ResponseAssert.Property(operation, "responses").ValueKind);
    }

    [Fact]
    public async Task DocumentDescribesThePredictRequestBody()
    {
        var response = await _client.GetResponseAsync(ApiClientExtensions.OpenApiPath);

        var predict = response.Json.GetProperty("paths").GetProperty("/api/v1/predict").GetProperty("post");
        var body = ResponseAssert.Property(predict, "requestBody");
        Assert.True(ResponseAssert.Property(body, "content").TryGetProperty("application/json", out _));
    }
}
