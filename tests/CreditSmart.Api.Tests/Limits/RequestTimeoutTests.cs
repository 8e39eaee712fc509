using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CreditSmart.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace CreditSmart.Api.Tests.Limits;

/// <summary>
/// A real Kestrel server with a one-second timeout and a client that sends its headers, then
/// trickles the body a byte at a time: the body read is cancelled and the answer is 504.
/// </summary>
public sealed class RequestTimeoutTests
{
    private static readonly Dictionary<string, string> s_oneSecond = new() { ["Requests:Timeout"] = "00:00:01" };

    [Fact]
    public async Task ASlowBodyIsCancelledAndAnswered504WithAProblemBody()
    {
        await using var api = new LoopbackApi(s_oneSecond);
        using var scoring = new MetricCollector<double>(
            api.Services.GetRequiredService<IMeterFactory>(), "CreditSmart", "creditsmart.scoring.duration");
        var body = Encoding.UTF8.GetBytes(ApplicationJson.SampleText);

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(api.BaseAddress.DnsSafeHost, api.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = $"POST {ApiClientExtensions.PredictPath} HTTP/1.1\r\nHost: {api.BaseAddress.Authority}\r\n"
            + $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\n"
            + $"{ApiFactory.ApiKeyHeader}: {ApiFactory.ApiKey}\r\nX-Request-ID: slow-body\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        var started = Stopwatch.GetTimestamp();
        using var stopTrickling = new CancellationTokenSource();
        var trickle = TrickleAsync(stream, body, stopTrickling.Token);
        var response = await ReadResponseAsync(stream, TimeSpan.FromSeconds(15));
        var elapsed = Stopwatch.GetElapsedTime(started);
        await stopTrickling.CancelAsync();
        await trickle;

        Assert.StartsWith("HTTP/1.1 504", response, StringComparison.Ordinal);
        var json = JsonDocument.Parse(response[response.IndexOf('{')..(response.LastIndexOf('}') + 1)]).RootElement;
        Assert.Equal("urn:creditsmart:problem:timeout", json.GetProperty("type").GetString());
        Assert.Equal("slow-body", json.GetProperty("request_id").GetString());
        Assert.Equal(504, json.GetProperty("status").GetInt32());
        Assert.Contains("Content-Type: application/problem+json", response, StringComparison.OrdinalIgnoreCase);
        // One second configured; well before Kestrel's own slow-body guard (5 s grace) would act.
        Assert.True(elapsed < TimeSpan.FromSeconds(4), $"The 504 took {elapsed}.");
        Assert.Empty(scoring.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task ARequestWithinTheTimeoutIsAnswered()
    {
        await using var api = new LoopbackApi(s_oneSecond);
        using var client = api.Client();

        var response = await client.PredictAsync(ApplicationJson.SampleText);

        ResponseAssert.Prediction(response);
    }

    // One byte every 200 ms: the whole body would take far longer than the timeout.
    private static async Task TrickleAsync(NetworkStream stream, byte[] body, CancellationToken cancellationToken)
    {
        try
        {
            for (var index = 0; index < body.Length - 1 && !cancellationToken.IsCancellationRequested; index++)
            {
                await stream.WriteAsync(body.AsMemory(index, 1), cancellationToken);
                await Task.Delay(200, cancellationToken);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or IOException)
        {
            // The server answered and closed, or the test has its answer.
        }
    }

    // Reads until the headers and the whole body (by Content-Length or chunked) have arrived.
    private static async Task<string> ReadResponseAsync(NetworkStream stream, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var received = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var read = await stream.ReadAsync(buffer, deadline.Token);
            received.Write(buffer, 0, read);
            var text = Encoding.UTF8.GetString(received.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (read == 0 || (end >= 0 && Complete(text, end)))
            {
                return text;
            }
        }
    }

    private static bool Complete(string text, int headerEnd)
    {
        if (text[..headerEnd].Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal);
        }

        foreach (var line in text[..headerEnd].Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return Encoding.UTF8.GetByteCount(text[(headerEnd + 4)..]) >= int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return false;
    }
}
