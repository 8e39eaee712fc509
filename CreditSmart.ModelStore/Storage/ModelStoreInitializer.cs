using Microsoft.Extensions.Options;

namespace CreditSmart.ModelStore.Storage;

/// <summary>
/// Loads the store before the server listens (hosted services start first) and, when the store
/// is empty, registers and activates the bundled model, so a new stack serves a model at once.
/// </summary>
public sealed class ModelStoreInitializer(
    ModelRepository repository,
    IOptions<ModelStoreOptions> options,
    ILogger<ModelStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await repository.LoadAsync(cancellationToken);

        if (repository.State.Versions.Count > 0 || string.IsNullOrWhiteSpace(options.Value.SeedArtifactPath))
        {
            return;
        }

        var artifactPath = Path.GetFullPath(options.Value.SeedArtifactPath, AppContext.BaseDirectory);
        var metadataPath = Path.Combine(Path.GetDirectoryName(artifactPath) ?? "", StoreLayout.MetadataFileName);
        if (!File.Exists(artifactPath) || !File.Exists(metadataPath))
        {
            ModelStoreLog.SeedFailed(logger, "its files are not beside the binaries");
            return;
        }

        await using var artifact = File.OpenRead(artifactPath);
        await using var metadata = File.OpenRead(metadataPath);
        var registered = await repository.RegisterAsync(artifact, metadata, cancellationToken);
        if (registered.Version is not { } version)
        {
            ModelStoreLog.SeedFailed(logger, registered.Reason ?? "it was refused");
            return;
        }

        await repository.PromoteAsync(version.ModelVersion, cancellationToken);
        ModelStoreLog.StoreSeeded(logger, version.ModelVersion);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
