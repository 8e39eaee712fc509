using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreditSmart.AppHost;

/// <summary>
/// Dashboard commands on the model store: promote the newest version, roll back. Both call the
/// store's own API with the admin key, so they obey the same checks as a curl would.
/// </summary>
public static class ModelStoreCommandExtensions
{
    public const string PromoteNewestCommand = "promote-newest-model";
    public const string RollBackCommand = "roll-back-model";

    public static IResourceBuilder<ProjectResource> WithPromoteNewestCommand(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<ParameterResource> adminKey) =>
        builder.WithCommand(
            name: PromoteNewestCommand,
            displayName: "Promote newest model",
            executeCommand: context => PromoteNewestAsync(builder, adminKey, context.CancellationToken),
            commandOptions: new CommandOptions
            {
                Description = "Make the most recently registered model version the active one.",
                ConfirmationMessage = "Make the newest registered model active? Every API instance will switch to it within seconds.",
                IconName = "ArrowUpload",
                UpdateState = WhenHealthy,
            });

    public static IResourceBuilder<ProjectResource> WithRollBackCommand(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<ParameterResource> adminKey) =>
        builder.WithCommand(
            name: RollBackCommand,
            displayName: "Roll back model",
            executeCommand: context => RollBackAsync(builder, adminKey, context.CancellationToken),
            commandOptions: new CommandOptions
            {
                Description = "Make the previously active model version active again.",
                ConfirmationMessage = "Roll back to the previously active model? Every API instance will switch to it within seconds.",
                IconName = "ArrowUndo",
                UpdateState = WhenHealthy,
            });

    private static async Task<ExecuteCommandResult> PromoteNewestAsync(
        IResourceBuilder<ProjectResource> store, IResourceBuilder<ParameterResource> adminKey, CancellationToken cancellationToken)
    {
        try
        {
            using var client = await ModelStoreAdminClient.CreateAsync(store, adminKey, cancellationToken);
            var (newest, isActive) = await client.GetNewestAsync(cancellationToken);
            if (newest is null)
            {
                return CommandResults.Failure("The model store holds no versions to promote.");
            }

            if (isActive)
            {
                return CommandResults.Success($"{newest}, the newest version, is already active.");
            }

            var failure = await client.PostAsync($"api/v1/models/{Uri.EscapeDataString(newest)}/promote", cancellationToken);
            return failure is null
                ? CommandResults.Success($"{newest} is now the active model.")
                : CommandResults.Failure($"{newest} was not promoted: {failure}");
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return CommandResults.Failure($"The model store could not be reached or read: {error.Message}");
        }
    }

    private static async Task<ExecuteCommandResult> RollBackAsync(
        IResourceBuilder<ProjectResource> store, IResourceBuilder<ParameterResource> adminKey, CancellationToken cancellationToken)
    {
        try
        {
            using var client = await ModelStoreAdminClient.CreateAsync(store, adminKey, cancellationToken);
            var failure = await client.PostAsync("api/v1/models/rollback", cancellationToken);
            return failure is null
                ? CommandResults.Success("Rolled back to the previously active model.")
                : CommandResults.Failure($"Nothing was rolled back: {failure}");
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            return CommandResults.Failure($"The model store could not be reached: {error.Message}");
        }
    }

    // Commands need the store's API, which answers only once the store is ready.
    private static ResourceCommandState WhenHealthy(UpdateCommandStateContext context) =>
        context.ResourceSnapshot.HealthStatus is HealthStatus.Healthy
            ? ResourceCommandState.Enabled
            : ResourceCommandState.Disabled;
}
