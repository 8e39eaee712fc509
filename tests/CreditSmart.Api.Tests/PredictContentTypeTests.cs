using System.Net;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests;

public sealed class PredictContentTypeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=zz")]
    [InlineData("application/xml")]
    [InlineData("application/octet-stream")]
    public async Task NonJsonContentTypesAreUnsupportedMediaType(string contentType)
    {
        var response = await _client.PredictAsync(ApplicationJson.SampleText, contentType);

        ResponseAssert.Problem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task MissingContentTypeIsUnsupportedMediaType()
    {
        var response = await _client.PredictAsync(ApplicationJson.SampleText, contentType: null);

        ResponseAssert.Problem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task MissingContentTypeWithNoBodyIsUnsupportedMediaType()
    {
        var response = await _client.SendRawAsync(
            HttpMethod.Post, ApiClientExtensions.PredictPath, body: null, contentType: null, requestId: null);

        ResponseAssert.Problem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task WrongContentTypeIsReportedEvenWhenTheBodyIsGarbage()
    {
        var response = await _client.PredictAsync(
            "annual_income=987654&purpose=zzsentinel",
            "application/x-www-form-urlencoded");

        ResponseAssert.Problem(response, HttpStatusCode.UnsupportedMediaType);
        ResponseAssert.DoesNotEcho(response, "987654", "zzsentinel");
    }

    [Fact]
    public async Task ACompressedBodyIsTold415ForItsEncodingNotItsType()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiClientExtensions.PredictPath)
        {
            Content = new StringContent(ApplicationJson.SampleText, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Content.Headers.ContentEncoding.Add("gzip");

        using var response = await _client.SendAsync(request);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Content-Encoding", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
