using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

    private static readonly TimeSpan s_switchDeadline = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_testTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task AModelRegisteredAndPromotedThroughTheStoreScoresTheApisPredictionsWithinFiveSeconds()
    {
        using var timeout = new CancellationTokenSource(s_testTimeout);
        using var store = stack.StoreAdminClient();

        using var registration = ModelFiles.Registration("ml_v1.0.1-e2e");
        var registered = await store.PostAsync("/api/v1/models", registration, timeout.Token);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        var promoted = await store.PostAsync("/api/v1/models/ml_v1.0.1-e2e/promote", content: null, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);

        var elapsed = await stack.WaitForPredictionsFromAsync(
            "ml_v1.0.1-e2e", s_switchDeadline, s_pollInterval, timeout.Token);
        output.WriteLine($"The API's predictions switched {elapsed.TotalMilliseconds:F0} ms after the promote.");
    }

    [Fact]
    public async Task TheDashboardCommandsPromoteTheNewestVersionAndRollBackToTheOneBefore()
    {
        using var timeout = new CancellationTokenSource(s_testTimeout);
        using var store = stack.StoreAdminClient();
        var activeBefore = await ActiveVersionAsync(store, timeout.Token);

        using var registration = ModelFiles.Registration("ml_v1.0.2-command");
        Assert.Equal(HttpStatusCode.Created, (await store.PostAsync("/api/v1/models", registration, timeout.Token)).StatusCode);

        var promote = await stack.App.ResourceCommands.ExecuteCommandAsync(ModelLifecycleStack.ModelStore, PromoteNewest, timeout.Token);

        Assert.True(promote.Success, promote.Message);
        Assert.Equal("ml_v1.0.2-command", await ActiveVersionAsync(store, timeout.Token));
        await stack.WaitForPredictionsFromAsync("ml_v1.0.2-command", s_switchDeadline, s_pollInterval, timeout.Token);

        var again = await stack.App.ResourceCommands.ExecuteCommandAsync(ModelLifecycleStack.ModelStore, PromoteNewest, timeout.Token);

        Assert.True(again.Success, again.Message);
        Assert.Contains("already active", again.Message);

        var rollBackStarted = Stopwatch.GetTimestamp();
        var rollBack = await stack.App.ResourceCommands.ExecuteCommandAsync(ModelLifecycleStack.ModelStore, RollBack, timeout.Token);

        Assert.True(rollBack.Success, rollBack.Message);
        Assert.Equal(activeBefore, await ActiveVersionAsync(store, timeout.Token));
        await stack.WaitForPredictionsFromAsync(activeBefore, s_switchDeadline, s_pollInterval, timeout.Token);
        output.WriteLine(
            $"Dashboard roll back: {Stopwatch.GetElapsedTime(rollBackStarted).TotalMilliseconds:F0} ms from the command to the first prediction from {activeBefore}.");
    }

    private static async Task<string> ActiveVersionAsync(HttpClient store, CancellationToken cancellationToken)
    {
        var active = await store.GetFromJsonAsync<JsonElement>("/api/v1/models/active", cancellationToken);
        return active.GetProperty("model_version").GetString()!;
    }
}
