using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CreditSmart.ModelStore.Tests.Support;

/// <summary>
/// The scoring API (in memory) following a store at <c>ModelStore:Url</c> over real HTTP, with its
/// last-known-good copy in a folder the test owns. Start-up happens in the constructor and is timed.
/// </summary>
public sealed class FollowingApi : WebApplicationFactory<Program>
{
    public const string SampleApplication =
        """{"schema_version":"v1","annual_income":75000,"monthly_debt":2000,"credit_score":720,"loan_amount":25000,"loan_term_months":60,"employment_length_years":5,"home_ownership":"MORTGAGE","purpose":"debt_consolidation","number_of_open_accounts":10,"delinquencies_2y":0,"inquiries_6m":1}""";

    private readonly Uri _storeUrl;
    private readonly string _lastKnownGood;
    private readonly string? _cache;

    /// <param name="cache">A Redis connection string for the prediction cache; null for none.</param>
    public FollowingApi(Uri storeUrl, string lastKnownGood, string? cache = null)
    {
        _storeUrl = storeUrl;
        _lastKnownGood = lastKnownGood;
        _cache = cache;

        var started = Stopwatch.GetTimestamp();
        Client = CreateClient();
        StartupTime = Stopwatch.GetElapsedTime(started);
    }

    public HttpClient Client { get; }

    /// <summary>From building the host to taking requests, including the wait for the store.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>An address on loopback where nothing listens: a store that is down.</summary>
    public static Uri UnreachableStoreUrl()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    public async Task<JsonElement> HealthAsync()
    {
        using var response = await Client.GetAsync("/api/v1/health");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>One prediction: its status and, on success, the model version that scored it.</summary>
    public async Task<(HttpStatusCode Status, string? ModelVersion)> PredictAsync(CancellationToken cancellationToken = default)
    {
        using var body = new StringContent(SampleApplication, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/api/v1/predict", body, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (response.StatusCode, null);
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return (response.StatusCode, json.RootElement.GetProperty("model_version").GetString());
    }

    /// <summary>One prediction that must succeed: the model version that scored it and its X-Cache header.</summary>
    public async Task<(string? ModelVersion, string? Cache)> PredictWithCacheHeaderAsync()
    {
        using var body = new StringContent(SampleApplication, Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/api/v1/predict", body);
        response.EnsureSuccessStatusCode();

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var cache = response.Headers.TryGetValues("X-Cache", out var values) ? string.Join(",", values) : null;
        return (json.RootElement.GetProperty("model_version").GetString(), cache);
    }

    /// <summary>Polls health until it serves <paramref name="modelVersion"/>; returns how long that took.</summary>
    public async Task<TimeSpan> WaitForModelAsync(string modelVersion, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if ((await HealthAsync()).GetProperty("model_version").GetString() == modelVersion)
            {
                return Stopwatch.GetElapsedTime(started);
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The API did not serve {modelVersion} within {timeout.TotalSeconds} s.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ModelStore:Url", _storeUrl.ToString());
        builder.UseSetting("ModelStore:LastKnownGoodPath", _lastKnownGood);
        // Production refuses to start without an audit hash key; the audit file stays in the test's folder.
        builder.UseSetting("Audit:HashKey", "creditsmart-model-store-tests-audit-key-01");
        builder.UseSetting("Audit:Path", Path.Combine(_lastKnownGood, "..", $"audit-{Guid.NewGuid():N}.jsonl"));
        // These tests are about following the store: callers need no key, and load tests stay under the limit.
        builder.UseSetting("ApiKeys:Required", "false");
        builder.UseSetting("RateLimiting:PermitLimit", "1000000");
        // Production also refuses to start without the browser origins that may call the API.
        builder.UseSetting("Cors:AllowedOrigins:0", "https://app.creditsmart.test");
        if (_cache is not null)
        {
            builder.UseSetting("PredictionCache:Enabled", "true");
            builder.UseSetting("ConnectionStrings:cache", _cache);
            // As in the API's own cache tests: on CI's shared cores a first Redis call can pass the
            // 50 ms default, and the API then rightly answers MISS, which these tests do not test.
            builder.UseSetting("PredictionCache:Timeout", TimeSpan.FromSeconds(1).ToString("c"));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Client.Dispose();
        }

        base.Dispose(disposing);
    }
}
