using CreditSmart.Scoring.Model;

namespace CreditSmart.Api.ModelSync;

/// <summary>
/// Downloads a version from the store, checks its SHA-256 against the store's, loads and warms it
/// with <see cref="ModelArtifactLoader"/> (which also checks it against its metadata, the v1 schema
/// and the golden applications) and, once it passed, keeps it as the last-known-good copy. None
/// of this touches the model that is serving.
/// </summary>
public sealed class StoreModelFetcher(LastKnownGoodCache cache)
{
    /// <returns>The loaded model, or why it was refused.</returns>
    /// <exception cref="HttpRequestException">The store could not be reached.</exception>
    public async Task<ModelLoadResult> FetchAsync(
        ModelStoreClient client, StoreModelVersion version, CancellationToken cancellationToken)
    {
        var folder = cache.NewDownloadFolder();
        try
        {
            var artifactPath = LastKnownGoodCache.ArtifactIn(folder);
            var metadataPath = LastKnownGoodCache.MetadataIn(folder);
            await client.DownloadAsync(version.ArtifactUrl, artifactPath, cancellationToken);
            await client.DownloadAsync(version.MetadataUrl, metadataPath, cancellationToken);

            var sha256 = ModelArtifactLoader.ComputeSha256(artifactPath);
            if (!string.Equals(sha256, version.ArtifactSha256, StringComparison.OrdinalIgnoreCase))
            {
                return ModelLoadResult.Failed("the downloaded artifact's SHA-256 does not match the store's");
            }

            // CPU work of a second or so, kept off the caller's thread.
            var loaded = await Task.Run(() => ModelArtifactLoader.Load(artifactPath, metadataPath), cancellationToken);
            if (loaded.Scorer is { } scorer && scorer.Info.ModelVersion != version.ModelVersion)
            {
                return ModelLoadResult.Failed("the artifact's metadata names another model_version than the store does");
            }

            if (loaded.Scorer is not null)
            {
                cache.Keep(folder);
            }

            return loaded;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
