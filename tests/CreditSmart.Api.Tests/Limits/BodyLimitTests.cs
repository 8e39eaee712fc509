using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using CreditSmart.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CreditSmart.Api.Tests.Limits;

/// <summary>
/// Bodies over 10 KB on a real Kestrel server, announced by Content-Length or sent chunked with
/// no length at all: both are refused with 413 before anything is scored.
/// </summary>
public sealed class BodyLimitTests : IAsyncLifetime
{
    private const int Limit = 10 * 1024;

    private LoopbackApi _api = null!;

    public Task InitializeAsync()
    {
        _api = new LoopbackApi();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ABodyOverTheLimitIs413HoweverItIsFramedAndNothingIsScored(bool chunked)
    {
        using var scoring = new MetricCollector<double>(
            _api.Services.GetRequiredService<IMeterFactory>(), "CreditSmart", "creditsmart.scoring.duration");
        // A valid application padded with whitespace: only its size is wrong.
        var body = ApplicationJson.SampleText + new string(' ', Limit);

        var response = await SendAsync(body, chunked);

        var problem = ResponseAssert.Problem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("urn:creditsmart:problem:payload-too-large", problem.GetProperty("type").GetString());
        Assert.Empty(scoring.GetMeasurementSnapshot());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ABodyAtTheLimitIsScoredHoweverItIsFramed(bool chunked)
    {
        var body = ApplicationJson.SampleText + new string(' ', Limit - Encoding.UTF8.GetByteCount(ApplicationJson.SampleText));

        var response = await SendAsync(body, chunked);

        ResponseAssert.Prediction(response);
    }

    private async Task<ApiResponse> SendAsync(string body, bool chunked)
    {
        using var client = _api.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiClientExtensions.PredictPath)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TransferEncodingChunked = chunked;

        using var response = await client.SendAsync(request);
        return await ApiResponse.ReadAsync(response);
    }
}
