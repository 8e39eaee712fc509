using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.Testing;
using Xunit.Abstractions;

namespace CreditSmart.AppHost.Tests;

/// <summary>
/// The model lifecycle through the whole stack: the store's HTTP API and the dashboard commands
/// change the active model, and the API follows. Each test asserts relative to the state it found.
/// </summary>
[Collection(ModelLifecycleCollection.Name)]
public sealed class ModelLifecycleStackTests(ModelLifecycleStack stack, ITestOutputHelper output)
{
    private const string PromoteNewest = "promote-newest-model";
    private const string RollBack = "roll-back-model";

    private const string CreditApplicationJson =
        """{"annual_income":75000,"monthly_debt":2000,"credit_score":720,"loan_amount":25000,"loan_term_months":60,"employment_length_years":5,"home_ownership":"MORTGAGE","purpose":"debt_consolidation","number_of_open_accounts":10,"delinquencies_2y":0,"inquiries_6m":1}""";

    private static readonly TimeSpan s_switchDeadline = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_testTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task AModelRegisteredAndPromotedThroughTheStoreScoresTheApisPredictionsWithinFiveSeconds()
    {
        using var timeout = new CancellationTokenSource(s_testTimeout);
        using var store = stack.StoreAdminClient();
        using var api = stack.App.CreateHttpClient(ModelLifecycleStack.CreditApi);

        using var registration = ModelFiles.Registration("ml_v1.0.1-e2e");
        var registered = await store.PostAsync("/api/v1/models", registration, timeout.Token);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        var promoted = await store.PostAsync("/api/v1/models/ml_v1.0.1-e2e/promote", content: null, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);

        var elapsed = await WaitForPredictionsFromAsync(api, "ml_v1.0.1-e2e", timeout.Token);
        output.WriteLine($"The API's predictions switched {elapsed.TotalMilliseconds:F0} ms after the promote.");
    }

    [Fact]
    public async Task TheDashboardCommandsPromoteTheNewestVersionAndRollBackToTheOneBefore()
    {
        using var timeout = new CancellationTokenSource(s_testTimeout);
        using var store = stack.StoreAdminClient();
        using var api = stack.App.CreateHttpClient(ModelLifecycleStack.CreditApi);
        var activeBefore = await ActiveVersionAsync(store, timeout.Token);

        using var registration = ModelFiles.Registration("ml_v1.0.2-command");
        Assert.Equal(HttpStatusCode.Created, (await store.PostAsync("/api/v1/models", registration, timeout.Token)).StatusCode);

        var promote = await stack.App.ResourceCommands.ExecuteCommandAsync(ModelLifecycleStack.ModelStore, PromoteNewest, timeout.Token);

        Assert.True(promote.Success, promote.Message);
        Assert.Equal("ml_v1.0.2-command", await ActiveVersionAsync(store, timeout.Token));
        await WaitForPredictionsFromAsync(api, "ml_v1.0.2-command", timeout.Token);

        var again = await stack.App.ResourceCommands.ExecuteCommandAsync(ModelLifecycleStack.ModelStore, PromoteNewest, timeout.Token);

        Assert.True(again.Success, again.Message);
        Assert.Contains("already active", again.Message);

        var rollBackStarted = Stopwatch.GetTimestamp();
        var rollBack = await stack.App.ResourceCommands.ExecuteCommandAsync(ModelLifecycleStack.ModelStore, RollBack, timeout.Token);

        Assert.True(rollBack.Success, rollBack.Message);
        Assert.Equal(activeBefore, await ActiveVersionAsync(store, timeout.Token));
        await WaitForPredictionsFromAsync(api, activeBefore, timeout.Token);
        output.WriteLine(
            $"Dashboard roll back: {Stopwatch.GetElapsedTime(rollBackStarted).TotalMilliseconds:F0} ms from the command to the first prediction from {activeBefore}.");
    }

    private static async Task<string> ActiveVersionAsync(HttpClient store, CancellationToken cancellationToken)
    {
        var active = await store.GetFromJsonAsync<JsonElement>("/api/v1/models/active", cancellationToken);
        return active.GetProperty("model_version").GetString()!;
    }

    private static async Task<TimeSpan> WaitForPredictionsFromAsync(HttpClient api, string modelVersion, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            using var response = await PolitePredictions.PostAsync(api, CreditApplicationJson, cancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var prediction = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            if (prediction.GetProperty("model_version").GetString() == modelVersion)
            {
                return Stopwatch.GetElapsedTime(started);
            }

            Assert.True(
                Stopwatch.GetElapsedTime(started) < s_switchDeadline,
                $"The API still scored with {prediction.GetProperty("model_version")} {s_switchDeadline.TotalSeconds} s after the change.");
            await Task.Delay(100, cancellationToken);
        }
    }
}
