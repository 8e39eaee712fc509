using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreditSmart.AppHost.Tests;

/// <summary>
/// Starts the stack with <c>CreditApi:Replicas=2</c>: two API processes behind one endpoint,
/// sharing the stack's Redis, each writing its own audit file although both are handed one path.
/// </summary>
public sealed class ReplicatedStackTests
{
    private const string CreditApi = "credit-api";

    // Two applications: one to warm both replicas up, one the test is about.
    private const string WarmUpJson = """
        {"annual_income":52000,"monthly_debt":700,"credit_score":690,"loan_amount":9000,
         "loan_term_months":36,"employment_length_years":2,"home_ownership":"RENT","purpose":"car",
         "number_of_open_accounts":5,"delinquencies_2y":0,"inquiries_6m":1}
        """;

    private const string CreditApplicationJson = """
        {"annual_income":61000,"monthly_debt":900,"credit_score":705,"loan_amount":12000,
         "loan_term_months":36,"employment_length_years":3,"home_ownership":"RENT","purpose":"credit_card",
         "number_of_open_accounts":7,"delinquencies_2y":0,"inquiries_6m":2}
        """;

    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_healthyTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan s_requestTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_otherReplicaTimeout = TimeSpan.FromMinutes(1);

    // A backstop over the waits above: nothing in this test outlives it.
    private static readonly TimeSpan s_testTimeout = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task TwoReplicasShareTheCacheSoAnApplicationScoredOnOneIsAHitOnTheOtherAndEachAuditsToItsOwnFile()
    {
        using var timeout = new CancellationTokenSource(s_testTimeout);
        var cancellationToken = timeout.Token;

        var appHost = await DistributedApplicationTestingBuilder
            .CreateAsync<Projects.CreditSmart_AppHost>(["CreditApi:Replicas=2"], cancellationToken)
            .WaitAsync(s_buildTimeout, cancellationToken);

        // One audit path for both replicas, as a deployment would hand them: each must claim its own file.
        var folder = Path.Combine(Path.GetTempPath(), $"creditsmart-replicas-{Guid.NewGuid():N}");
        var audit = Path.Combine(folder, "audit");
        appHost.CreateResourceBuilder<ProjectResource>("model-store")
            .WithEnvironment("ModelStore__RootPath", Path.Combine(folder, "store"));
        appHost.CreateResourceBuilder<ProjectResource>(CreditApi)
            .WithEnvironment("ModelStore__LastKnownGoodPath", Path.Combine(folder, "api-cache"))
            .WithEnvironment("Audit__Path", Path.Combine(audit, "decisions.jsonl"))
            .WithEnvironment("PredictionCache__Enabled", "true")
            // As in the API's own cache tests: on CI's shared cores a Redis call can pass the 50 ms
            // default, and a replica then rightly answers MISS, which is not what this test is about.
            .WithEnvironment("PredictionCache__Timeout", TimeSpan.FromSeconds(1).ToString("c"));

        try
        {
            await using var app = await appHost
                .BuildAsync(cancellationToken)
                .WaitAsync(s_buildTimeout, cancellationToken);

            await app.StartAsync(cancellationToken).WaitAsync(s_startTimeout, cancellationToken);
            await WaitForHealthyReplicasAsync(app, count: 2, cancellationToken).WaitAsync(s_healthyTimeout, cancellationToken);

            using var client = app.CreateHttpClient(CreditApi);
            client.Timeout = s_requestTimeout;

            // The API does not wait for Redis, so a replica may answer uncached until it has
            // connected: first each replica must answer one hit of its own.
            await WarmUpBothReplicasAsync(client, audit, cancellationToken).WaitAsync(s_otherReplicaTimeout, cancellationToken);

            // The application is scored on one replica, and its audit record says which.
            var first = await PredictAsync(client, CreditApplicationJson, "replicas-0", cancellationToken);
            var firstFile = await AuditFileOfAsync(audit, "replicas-0", cancellationToken);

            // Fresh connections until the endpoint hands one to the other replica: the first
            // request there must already be a hit, from the Redis the two share.
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(s_otherReplicaTimeout);
            for (var attempt = 1; ; attempt++)
            {
                var requestId = $"replicas-{attempt}";
                var answer = await PredictAsync(client, CreditApplicationJson, requestId, deadline.Token);
                var file = await AuditFileOfAsync(audit, requestId, deadline.Token);
                if (file == firstFile)
                {
                    continue;
                }

                Assert.Equal("MISS", first.Cache);
                Assert.Equal("HIT", answer.Cache);
                Assert.Equal(requestId, answer.Body["request_id"]!.GetValue<string>());
                Assert.Equal(first.Body["prediction"]!.GetValue<double>(), answer.Body["prediction"]!.GetValue<double>());
                Assert.Equal(
                    [Path.Combine(audit, "decisions.2.jsonl"), Path.Combine(audit, "decisions.jsonl")],
                    new[] { firstFile, file }.Order());
                break;
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // Each replica is a resource of its own under the one name; both must pass /health.
    private static async Task WaitForHealthyReplicasAsync(
        DistributedApplication app, int count, CancellationToken cancellationToken)
    {
        var healthy = new HashSet<string>();
        await foreach (var update in app.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (update.Resource.Name == CreditApi && update.Snapshot.HealthStatus == HealthStatus.Healthy)
            {
                healthy.Add(update.ResourceId);
                if (healthy.Count >= count)
                {
                    return;
                }
            }
        }
    }

    // Until both audit files hold a hit of the warm-up application: both replicas read Redis.
    private static async Task WarmUpBothReplicasAsync(HttpClient client, string audit, CancellationToken cancellationToken)
    {
        var filesWithAHit = new HashSet<string>();
        for (var attempt = 0; filesWithAHit.Count < 2; attempt++)
        {
            var requestId = $"warm-up-{attempt}";
            var answer = await PredictAsync(client, WarmUpJson, requestId, cancellationToken);
            var file = await AuditFileOfAsync(audit, requestId, cancellationToken);
            if (answer.Cache == "HIT")
            {
                filesWithAHit.Add(file);
            }
        }
    }

    // Connection: close, so the endpoint in front of the replicas picks one for each request.
    private static async Task<(JsonObject Body, string? Cache)> PredictAsync(
        HttpClient client, string application, string requestId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/predict")
        {
            Content = new StringContent(application, Encoding.UTF8, "application/json"),
        };
        request.Headers.ConnectionClose = true;
        request.Headers.Add("X-Request-ID", requestId);

        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST /api/v1/predict returned {(int)response.StatusCode}: {body}");

        var cache = response.Headers.TryGetValues("X-Cache", out var values) ? values.Single() : null;
        return (JsonNode.Parse(body)!.AsObject(), cache);
    }

    // The audit file that holds the request's record; records are written off the request path.
    private static async Task<string> AuditFileOfAsync(string folder, string requestId, CancellationToken cancellationToken)
    {
        var needle = $"\"request_id\":\"{requestId}\"";
        while (true)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.jsonl") : [])
            {
                if (File.ReadLines(file).Any(line => line.Contains(needle, StringComparison.Ordinal)))
                {
                    return file;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
        }
    }
}
