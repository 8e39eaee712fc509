using System.Text;
using System.Text.RegularExpressions;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests;

public sealed partial class HeadersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>One request for each kind of response: name, method, path, body, Content-Type.</summary>
    public static TheoryData<string, string, string, string?, string?> EveryKindOfResponse => new()
    {
        { "scored", "POST", ApiClientExtensions.PredictPath, ApplicationJson.SampleText, "application/json" },
        { "validation failure", "POST", ApiClientExtensions.PredictPath, "{}", "application/json" },
        { "malformed body", "POST", ApiClientExtensions.PredictPath, "{", "application/json" },
        { "unsupported media type", "POST", ApiClientExtensions.PredictPath, ApplicationJson.SampleText, "text/plain" },
        { "unknown api path", "GET", "/api/v1/nope", null, null },
        { "unknown path", "GET", "/nope", null, null },
        { "wrong method", "GET", ApiClientExtensions.PredictPath, null, null },
        { "health", "GET", ApiClientExtensions.HealthPath, null, null },
        { "openapi", "GET", ApiClientExtensions.OpenApiPath, null, null },
    };

    public static TheoryData<string> SafeRequestIds => new()
    {
        "a",
        "0",
        "abc-DEF_123.456:789",
        "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
        new string('x', 64),
    };

    public static TheoryData<string> UnsafeRequestIds => new()
    {
        "",
        "has space",
        new string('x', 65),
        "<script>alert(1)</script>",
        "a/b",
        "a,b",
        "a;b",
        "caf\u00e9",
        "a\tb",
        "quote\"d",
        "../../etc/passwd",
    };

    [Theory]
    [MemberData(nameof(EveryKindOfResponse))]
    public async Task EveryResponseCarriesTheApiVersionAndARequestId(
        string kind, string method, string path, string? body, string? contentType)
    {
        var response = await SendAsync(method, path, body, contentType, requestId: null);

        Assert.True(response.ApiVersionHeader == "v1", $"{kind}: X-API-Version was '{response.ApiVersionHeader}'");
        AssertSafeToken(response.RequestIdHeader);
        AssertBodyRequestIdMatchesHeader(response, path);
    }

    [Theory]
    [MemberData(nameof(EveryKindOfResponse))]
    public async Task ASafeRequestIdIsEchoedOnEveryResponse(
        string kind, string method, string path, string? body, string? contentType)
    {
        const string RequestId = "zz-Req_1.2:3";

        var response = await SendAsync(method, path, body, contentType, RequestId);

        Assert.True(response.RequestIdHeader == RequestId, $"{kind}: X-Request-ID was '{response.RequestIdHeader}'");
        AssertBodyRequestIdMatchesHeader(response, path);
    }

    [Theory]
    [MemberData(nameof(SafeRequestIds))]
    public async Task SafeRequestIdsAreEchoedInHeaderAndBody(string requestId)
    {
        var response = await _client.PredictAsync(ApplicationJson.SampleText, requestId: requestId);

        Assert.Equal(requestId, response.RequestIdHeader);
        Assert.Equal(requestId, ResponseAssert.Prediction(response).GetProperty("request_id").GetString());
    }

    [Theory]
    [MemberData(nameof(UnsafeRequestIds))]
    public async Task UnsafeRequestIdsAreReplacedWithAGeneratedOne(string requestId)
    {
        var response = await _client.PredictAsync(ApplicationJson.SampleText, requestId: requestId);

        Assert.NotEqual(requestId, response.RequestIdHeader);
        AssertSafeToken(response.RequestIdHeader);
        Assert.Equal(response.RequestIdHeader, ResponseAssert.Prediction(response).GetProperty("request_id").GetString());
        ResponseAssert.DoesNotEcho(response, "script", "passwd");
    }

    [Fact]
    public async Task UnsafeRequestIdIsReplacedOnErrorsToo()
    {
        var response = await _client.PredictAsync("{}", requestId: "<zzsentinel>");

        ResponseAssert.ValidationErrors(response);
        AssertSafeToken(response.RequestIdHeader);
        ResponseAssert.DoesNotEcho(response, "zzsentinel");
    }

    [Fact]
    public async Task GeneratedRequestIdsDifferBetweenRequests()
    {
        var first = await _client.GetResponseAsync("/api/v1/nope");
        var second = await _client.GetResponseAsync("/api/v1/nope");

        AssertSafeToken(first.RequestIdHeader);
        AssertSafeToken(second.RequestIdHeader);
        Assert.NotEqual(first.RequestIdHeader, second.RequestIdHeader);
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex SafeToken();

    private static void AssertSafeToken(string? requestId)
    {
        Assert.True(
            requestId is not null && SafeToken().IsMatch(requestId),
            $"X-Request-ID '{requestId}' is not a safe token");
    }

    /// <summary>
    /// Scores and problems carry the header's request id in the body too; health and the
    /// OpenAPI document have their own shapes.
    /// </summary>
    private static void AssertBodyRequestIdMatchesHeader(ApiResponse response, string path)
    {
        if (path == ApiClientExtensions.PredictPath || response.MediaType == ResponseAssert.ProblemMediaType)
        {
            Assert.Equal(response.RequestIdHeader, ResponseAssert.NonEmptyString(response.Json, "request_id"));
        }
    }

    private Task<ApiResponse> SendAsync(string method, string path, string? body, string? contentType, string? requestId) =>
        _client.SendRawAsync(
            new HttpMethod(method),
            path,
            body is null ? null : Encoding.UTF8.GetBytes(body),
            contentType,
            requestId);
}
