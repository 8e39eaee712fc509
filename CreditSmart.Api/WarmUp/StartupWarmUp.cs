using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CreditSmart.Api.WarmUp;

/// <summary>
/// Sends a golden application through the server's own address once it listens, before the host
/// reports started and before <c>/health</c> says ready, so Kestrel's request path, the
/// middleware, the endpoint and the JSON of every response type are compiled by then and the first
/// caller's request is as fast as the hundredth. The model is warmed earlier, by
/// <c>ModelInitializer</c>; what was left was the HTTP pipeline's first pass (about 230 ms).
/// The warm-up's requests carry <see cref="WarmUpRequests"/>' token, so they leave no audit
/// record, no cache entry and nothing in the prediction metrics or logs.
/// </summary>
public sealed class StartupWarmUp(
    IServer server,
    WarmUpRequests warmUp,
    ILogger<StartupWarmUp> logger) : IHostedLifecycleService
{
    // The README's sample application: valid, so the whole success path runs.
    internal const string GoldenApplication =
        """
        {"schema_version":"v1","annual_income":75000,"monthly_debt":2000,"credit_score":720,
         "loan_amount":25000,"loan_term_months":60,"employment_length_years":5,"home_ownership":"MORTGAGE",
         "purpose":"debt_consolidation","number_of_open_accounts":10,"delinquencies_2y":0,"inquiries_6m":1}
        """;

    // LIMITATION: the audit writer, the prediction metrics and the prediction log lines are skipped
    // here, so they are first compiled on the first real prediction (about 5 ms on two cores).

    // Twice, so paths that differ on a connection's second request are compiled too.
    private const int Predictions = 2;

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    // Runs after every StartAsync, so Kestrel is listening by now.
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (OwnAddress() is not { } address)
            {
                WarmUpLog.Skipped(logger);
                return;
            }

            var started = Stopwatch.GetTimestamp();
            var failure = await WarmAsync(address, cancellationToken);
            if (failure is null)
            {
                WarmUpLog.Completed(logger, address.ToString(), (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                WarmUpLog.Failed(logger, failure, null);
            }
        }
        // A warm-up that fails only costs the first callers some speed; it never stops the service.
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            WarmUpLog.Failed(logger, "the server could not be reached on its own address", error);
        }
        finally
        {
            warmUp.Finish();
        }
    }

    private async Task<string?> WarmAsync(Uri address, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false })
        {
            BaseAddress = address,
            Timeout = s_timeout,
        };
        client.DefaultRequestHeaders.Add(WarmUpRequests.HeaderName, warmUp.Token);

        for (var i = 0; i < Predictions; i++)
        {
            using var body = new StringContent(GoldenApplication, Encoding.UTF8, "application/json");
            using var prediction = await client.PostAsync("api/v1/predict", body, cancellationToken);
            if (prediction.StatusCode != HttpStatusCode.OK)
            {
                return $"the golden prediction was answered {(int)prediction.StatusCode}";
            }

            _ = await prediction.Content.ReadAsByteArrayAsync(cancellationToken);
        }

        using var health = await client.GetAsync("api/v1/health", cancellationToken);
        return health.StatusCode == HttpStatusCode.OK ? null : $"health was answered {(int)health.StatusCode}";
    }

    // Where this process can reach itself: an HTTP address if there is one, on loopback when the
    // server listens on every interface. None under a test server, which has no sockets to warm.
    private Uri? OwnAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var candidates = addresses
            .Select(address => Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .Where(uri => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            .OrderBy(uri => uri.Scheme == Uri.UriSchemeHttp ? 0 : 1)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var chosen = candidates[0];
        var specific = chosen.IsLoopback
            || (IPAddress.TryParse(chosen.Host.Trim('[', ']'), out var ip) && !ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any));
        return new UriBuilder(chosen.Scheme, specific ? chosen.Host : IPAddress.Loopback.ToString(), chosen.Port).Uri;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
