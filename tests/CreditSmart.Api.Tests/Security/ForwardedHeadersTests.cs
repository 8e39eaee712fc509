using System.Net;
using System.Text;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Security;

/// <summary>
/// Over a real loopback connection, without keys, so callers are told apart by address: a
/// forwarded address counts only when the peer is a configured proxy.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const int Permits = 2;

    private static readonly Dictionary<string, string> s_limitedByAddress = new()
    {
        ["ApiKeys:Required"] = "false",
        ["RateLimiting:PermitLimit"] = "2",
        ["RateLimiting:Window"] = "00:01:00",
    };

    [Fact]
    public async Task ASpoofedForwardedForFromAnUntrustedPeerStaysInThePeersPartition()
    {
        await using var api = new LoopbackApi(s_limitedByAddress);
        using var client = api.Client(apiKey: null);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= Permits; i++)
        {
            statuses.Add(await PredictFromAsync(client, $"203.0.113.{i + 1}"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task BehindATrustedProxyEachForwardedClientHasItsOwnPartition()
    {
        await using var api = new LoopbackApi(new Dictionary<string, string>(s_limitedByAddress)
        {
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            ["ForwardedHeaders:KnownProxies:1"] = "::1",
        });
        using var client = api.Client(apiKey: null);

        var distinct = new List<HttpStatusCode>();
        for (var i = 0; i <= Permits; i++)
        {
            distinct.Add(await PredictFromAsync(client, $"203.0.113.{i + 1}"));
        }

        var repeated = new List<HttpStatusCode>();
        for (var i = 0; i <= Permits; i++)
        {
            repeated.Add(await PredictFromAsync(client, "198.51.100.7"));
        }

        Assert.All(distinct, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], repeated);
    }

    private static async Task<HttpStatusCode> PredictFromAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiClientExtensions.PredictPath)
        {
            Content = new StringContent(ApplicationJson.SampleText, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
