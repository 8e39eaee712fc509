using System.Net;
using System.Text;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests;

public sealed class RoutingErrorTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/v1/nope")]
    [InlineData("/api/v2/predict")]
    [InlineData("/api/v1/predict/extra")]
    [InlineData("/zzsentinel")]
    public async Task UnknownPathsAreNotFoundProblems(string path)
    {
        var response = await _client.GetResponseAsync(path);

        ResponseAssert.Problem(response, HttpStatusCode.NotFound);
        ResponseAssert.DoesNotEcho(response, "zzsentinel");
    }

    [Fact]
    public async Task PostingToAnUnknownVersionIsANotFoundProblem()
    {
        var response = await _client.SendRawAsync(
            HttpMethod.Post,
            "/api/v2/predict",
            Encoding.UTF8.GetBytes(ApplicationJson.SampleText),
            "application/json",
            requestId: null);

        ResponseAssert.Problem(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task WrongMethodsOnPredictAreMethodNotAllowedProblems(string method)
    {
        var response = await _client.SendRawAsync(
            new HttpMethod(method),
            ApiClientExtensions.PredictPath,
            method == "GET" || method == "DELETE" ? null : Encoding.UTF8.GetBytes(ApplicationJson.SampleText),
            "application/json",
            requestId: null);

        ResponseAssert.Problem(response, HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("POST", "/health")]
    [InlineData("DELETE", "/health")]
    [InlineData("PUT", "/alive")]
    [InlineData("FOO", "/alive")]
    public async Task ProbesTakeOnlyGetAndHead(string method, string path)
    {
        var refused = await _client.SendRawAsync(new HttpMethod(method), path, null, null, requestId: null);
        var head = await _client.SendRawAsync(HttpMethod.Head, path, null, null, requestId: null);
        var get = await _client.GetResponseAsync(path);

        ResponseAssert.Problem(refused, HttpStatusCode.MethodNotAllowed);
        ResponseAssert.Status(head, HttpStatusCode.OK);
        ResponseAssert.Status(get, HttpStatusCode.OK);
    }
}
