using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace CreditSmart.Benchmarks.Http;

/// <summary>
/// Starts the API cold and times it to listening, to ready (<c>/health</c> answers 200, when an
/// orchestrator would send it traffic), to its first prediction, then its first hundred requests.
/// </summary>
public static partial class StartupProbe
{
    public const int Requests = 100;

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    public static async Task<StartupResult> MeasureAsync(string apiDll, string logPath, byte[] body, string bodyPath)
    {
        double listeningMs, readyMs, firstPredictionMs;
        var latencies = new double[Requests];

        using (var server = ServerProcess.Start(apiDll, logPath))
        {
            await server.WaitUntilListeningAsync(s_startTimeout);
            listeningMs = Stopwatch.GetElapsedTime(server.StartedAt).TotalMilliseconds;

            // Polled on a client of its own, so the predictions below still open a new connection.
            await WaitUntilReadyAsync(new Uri(server.BaseAddress, "health"));
            readyMs = Stopwatch.GetElapsedTime(server.StartedAt).TotalMilliseconds;

            // A new client, so the first request also opens its connection, as a first caller's would.
            using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
            var target = new LoadTarget("predict", new Uri(server.BaseAddress, "api/v1/predict"), body, bodyPath);

            latencies[0] = await FirstSuccessAsync(client, target);
            firstPredictionMs = Stopwatch.GetElapsedTime(server.StartedAt).TotalMilliseconds;

            for (var i = 1; i < Requests; i++)
            {
                latencies[i] = await TimeOneAsync(client, target)
                    ?? throw new InvalidOperationException($"Request {i + 1} after start-up failed.");
            }
        }

        var steady = latencies[1..].Order().ToArray();

        return new StartupResult(
            listeningMs,
            readyMs,
            firstPredictionMs,
            latencies[0],
            latencies[^1],
            steady[steady.Length / 2],
            ReadModelLoadMs(logPath));
    }

    /// <summary>Runs the probe's client code against another server, so its JIT is done beforehand.</summary>
    public static async Task WarmClientAsync(LoadTarget target)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        for (var i = 0; i < Requests; i++)
        {
            _ = await TimeOneAsync(client, target);
        }
    }

    private static async Task WaitUntilReadyAsync(Uri health)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        var deadline = Stopwatch.GetTimestamp() + (long)(s_startTimeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            using var response = await client.GetAsync(health);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The API never reported ready on /health.");
    }

    private static async Task<double> FirstSuccessAsync(HttpClient client, LoadTarget target)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(s_startTimeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (await TimeOneAsync(client, target) is { } latency)
            {
                return latency;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("The API never answered a prediction with 200.");
    }

    private static async Task<double?> TimeOneAsync(HttpClient client, LoadTarget target)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = target.CreateRequest();
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return response.StatusCode == HttpStatusCode.OK ? elapsed : null;
    }

    private static double? ReadModelLoadMs(string logPath)
    {
        var match = ModelLoaded().Match(File.ReadAllText(logPath));
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"loaded and warmed in (\d+) ms")]
    private static partial Regex ModelLoaded();
}
