using System.Net;
using System.Text;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace CreditSmart.AppHost.Tests;

/// <summary>
/// Starts the whole stack from the AppHost, as <c>dotnet run</c> would, and scores
/// an application through the credit API it wires up.
/// </summary>
public sealed class CreditApiStackTests
{
    private const string CreditApi = "credit-api";

    private const string CreditApplicationJson = """
        {
          "schema_version": "v1",
          "annual_income": 75000,
          "monthly_debt": 2000,
          "credit_score": 720,
          "loan_amount": 25000,
          "loan_term_months": 60,
          "employment_length_years": 5,
          "home_ownership": "MORTGAGE",
          "purpose": "debt_consolidation",
          "number_of_open_accounts": 10,
          "delinquencies_2y": 0,
          "inquiries_6m": 1
        }
        """;

    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_healthyTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan s_requestTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_cacheHitTimeout = TimeSpan.FromSeconds(30);

    // A backstop over the waits above: nothing in this test outlives it.
    private static readonly TimeSpan s_testTimeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task AFreshStackScoresALoanFromTheCacheTheSecondTimeAndItsRollBackCommandSaysThereIsNothingToRollBackTo()
    {
        using var timeout = new CancellationTokenSource(s_testTimeout);
        var cancellationToken = timeout.Token;

        var appHost = await DistributedApplicationTestingBuilder
            .CreateAsync<Projects.CreditSmart_AppHost>(cancellationToken)
            .WaitAsync(s_buildTimeout, cancellationToken);

        // A store and API cache of the test's own, so a model a developer promoted locally
        // cannot change what this test sees.
        var folder = Path.Combine(Path.GetTempPath(), $"creditsmart-stack-{Guid.NewGuid():N}");
        appHost.CreateResourceBuilder<ProjectResource>("model-store")
            .WithEnvironment("ModelStore__RootPath", Path.Combine(folder, "store"));
        appHost.CreateResourceBuilder<ProjectResource>(CreditApi)
            .WithEnvironment("ModelStore__LastKnownGoodPath", Path.Combine(folder, "api-cache"))
            .WithEnvironment("Audit__Path", Path.Combine(folder, "audit", "decisions.jsonl"))
            // Off by default (it does not pay on this model); on here to see the stack's Redis serve.
            .WithEnvironment("PredictionCache__Enabled", "true");

        await using var app = await appHost
            .BuildAsync(cancellationToken)
            .WaitAsync(s_buildTimeout, cancellationToken);

        await app
            .StartAsync(cancellationToken)
            .WaitAsync(s_startTimeout, cancellationToken);

        // Fail at once, rather than at the timeout, if the API exits or cannot start.
        await app.ResourceNotifications
            .WaitForResourceHealthyAsync(CreditApi, WaitBehavior.StopOnResourceUnavailable, cancellationToken)
            .WaitAsync(s_healthyTimeout, cancellationToken);

        using var client = app.CreateHttpClient(CreditApi);
        client.Timeout = s_requestTimeout;

        using var request = new StringContent(CreditApplicationJson, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/v1/predict", request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);

        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"POST /api/v1/predict returned {(int)response.StatusCode}: {body}");

        Assert.False(string.IsNullOrWhiteSpace(SingleHeader(response, "X-Request-ID")));
        Assert.Equal("v1", SingleHeader(response, "X-API-Version"));

        using var json = JsonDocument.Parse(body);
        var result = json.RootElement;

        Assert.Equal("success", result.GetProperty("status").GetString());
        Assert.InRange(result.GetProperty("prediction").GetDouble(), 0.0, 1.0);
        Assert.Equal("ml_v1.0.0", result.GetProperty("model_version").GetString());
        Assert.False(result.GetProperty("degraded").GetBoolean());

        var keyFactors = result.GetProperty("key_factors");
        Assert.Equal(JsonValueKind.Array, keyFactors.ValueKind);
        Assert.NotEmpty(keyFactors.EnumerateArray());

        // The stack started Redis (a container, or redis-server here) and the API shares it:
        // the same application again is answered from the cache, once the API has connected.
        var hit = await PredictUntilCacheHitAsync(client, cancellationToken);
        Assert.Equal(body.Replace(SingleHeader(response, "X-Request-ID"), ""), hit.Body.Replace(hit.RequestId, ""));

        // A fresh store holds only the seeded model, so the dashboard's roll back must fail
        // and say why rather than pretend.
        await app.ResourceNotifications
            .WaitForResourceHealthyAsync("model-store", WaitBehavior.StopOnResourceUnavailable, cancellationToken)
            .WaitAsync(s_healthyTimeout, cancellationToken);

        var rollBack = await app.ResourceCommands.ExecuteCommandAsync(
            "model-store", ModelStoreCommandExtensions.RollBackCommand, cancellationToken);

        Assert.False(rollBack.Success);
        Assert.StartsWith("Nothing was rolled back:", rollBack.Message);
    }

    // The API does not wait for Redis, so the first requests may be scored uncached.
    private static async Task<(string Body, string RequestId)> PredictUntilCacheHitAsync(
        HttpClient client, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(s_cacheHitTimeout);

        while (true)
        {
            using var request = new StringContent(CreditApplicationJson, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/api/v1/predict", request, deadline.Token);
            var body = await response.Content.ReadAsStringAsync(deadline.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            if (SingleHeader(response, "X-Cache") == "HIT")
            {
                return (body, SingleHeader(response, "X-Request-ID"));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
        }
    }

    private static string SingleHeader(HttpResponseMessage response, string name)
    {
        Assert.True(
            response.Headers.TryGetValues(name, out var values),
            $"The response has no {name} header.");

        return Assert.Single(values);
    }
}
