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
    [InlineData("/api/v1/model", "get")]
    [InlineData("/api/v1/schema", "get")]
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

    [Fact]
    public async Task TheRequestSchemaHasExactlyTheContractsFieldsWithJsonTypesOnly()
    {
        var schemas = await SchemasAsync();
        var request = schemas.GetProperty("PredictionRequest");

        var properties = request.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(
            ["schema_version", .. CreditSmart.Scoring.Applications.FieldNames.Scored],
            properties.Keys);
        Assert.Equal(
            CreditSmart.Scoring.Applications.FieldNames.Scored,
            request.GetProperty("required").EnumerateArray().Select(name => name.GetString()));

        // A generated client must send numbers as numbers and schema_version as a string, as the API requires.
        Assert.Equal("string", properties["schema_version"].GetProperty("type").GetString());
        Assert.Equal("integer", properties["credit_score"].GetProperty("type").GetString());
        Assert.Equal("number", properties["annual_income"].GetProperty("type").GetString());
        Assert.Equal(0, properties["inquiries_6m"].GetProperty("minimum").GetDouble());
    }

    [Fact]
    public async Task TheErrorSchemaDocumentsTheRequestIdAndTheValidationErrors()
    {
        var problem = (await SchemasAsync()).GetProperty("ProblemDetails").GetProperty("properties");

        Assert.True(problem.TryGetProperty("request_id", out _));
        Assert.True(problem.TryGetProperty("api_version", out _));
        var error = problem.GetProperty("errors").GetProperty("items").GetProperty("properties");
        Assert.Equal(["field", "code", "message"], error.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("/openapi/123-45-6789.json")]
    [InlineData("/openapi/%3Cscript%3E.json")]
    public async Task AnyOtherDocumentNameIsAPlainNotFoundThatDoesNotRepeatIt(string path)
    {
        var response = await _client.GetResponseAsync(path);

        ResponseAssert.Status(response, HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.DoesNotContain("6789", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("script", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<JsonElement> SchemasAsync()
    {
        var response = await _client.GetResponseAsync(ApiClientExtensions.OpenApiPath);
        return response.Json.GetProperty("components").GetProperty("schemas");
    }
}
