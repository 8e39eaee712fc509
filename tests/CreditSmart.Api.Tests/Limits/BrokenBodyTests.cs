using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CreditSmart.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CreditSmart.Api.Tests.Limits;

/// <summary>
/// Bodies Kestrel itself gives up on, sent byte for byte over a raw loopback socket: one that
/// stops arriving and one whose chunk framing is broken. Each is a documented refusal, counted
/// like any other, never an unhandled error.
/// </summary>
public sealed class BrokenBodyTests : IAsyncLifetime
{
    private LoopbackApi _api = null!;

    public Task InitializeAsync()
    {
        _api = new LoopbackApi();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task ABodyThatStopsArrivingIs408WithItsOwnType()
    {
        using var failures = Failures();

        // Ten bytes of a promised 244, then nothing: Kestrel's minimum body rate ends it after its grace period.
        var (status, body) = await SendRawAsync(
            "Content-Length: 244\r\n", "{\"schema_v", TimeSpan.FromSeconds(30));

        Assert.Equal(408, status);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("urn:creditsmart:problem:body-timed-out", problem.GetProperty("type").GetString());
        Assert.Contains(failures.GetMeasurementSnapshot(), m => (string?)m.Tags["code"] == "body_timed_out");
    }

    [Fact]
    public async Task ABodyWithABrokenChunkSizeIs400AndSaysItsFramingIsBroken()
    {
        using var failures = Failures();

        var (status, body) = await SendRawAsync("Transfer-Encoding: chunked\r\n", "zz\r\n{}\r\n0\r\n\r\n", TimeSpan.FromSeconds(30));

        Assert.Equal(400, status);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("urn:creditsmart:problem:bad-request", problem.GetProperty("type").GetString());
        Assert.Equal("Unreadable body", problem.GetProperty("title").GetString());
        Assert.Contains(failures.GetMeasurementSnapshot(), m => (string?)m.Tags["code"] == "unreadable_body");
    }

    private MetricCollector<long> Failures() =>
        new(_api.Services.GetRequiredService<IMeterFactory>(), "CreditSmart", "creditsmart.validation.failures");

    // Writes the request as given, byte for byte, and reads the answer.
    private async Task<(int Status, string Body)> SendRawAsync(string framingHeader, string bodyBytes, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_api.BaseAddress.Host, _api.BaseAddress.Port, deadline.Token);
        var stream = tcp.GetStream();

        var head = "POST /api/v1/predict HTTP/1.1\r\n"
            + $"Host: {_api.BaseAddress.Authority}\r\n"
            + "Content-Type: application/json\r\n"
            + $"{ApiFactory.ApiKeyHeader}: {ApiFactory.ApiKey}\r\n"
            + framingHeader
            + "\r\n"
            + bodyBytes;
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), deadline.Token);

        // Kestrel closes the connection after refusing a body it could not read, so read to the end.
        var received = new MemoryStream();
        await stream.CopyToAsync(received, deadline.Token);
        return Parse(Encoding.UTF8.GetString(received.ToArray()));
    }

    // The status line's code, and the body with its chunked framing (if any) taken off.
    private static (int Status, string Body) Parse(string response)
    {
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"not an HTTP response: {response}");
        var headers = response[..split];
        var rest = response[(split + 4)..];
        var status = int.Parse(headers.Split(' ')[1], CultureInfo.InvariantCulture);
        if (!headers.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return (status, rest);
        }

        var body = new StringBuilder();
        while (true)
        {
            var lineEnd = rest.IndexOf("\r\n", StringComparison.Ordinal);
            var size = int.Parse(rest[..lineEnd], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                return (status, body.ToString());
            }

            body.Append(rest, lineEnd + 2, size);
            rest = rest[(lineEnd + 2 + size + 2)..];
        }
    }
}
