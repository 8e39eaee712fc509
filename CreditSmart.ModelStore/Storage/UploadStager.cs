using System.Security.Cryptography;
using System.Text.Json;
using CreditSmart.Scoring.Model;

namespace CreditSmart.ModelStore.Storage;

/// <summary>
/// Writes an upload into its own staging folder and checks it the way the API will load it:
/// metadata that parses, a plain model_version, then <see cref="ModelArtifactLoader"/> (checksum
/// against the metadata, ML.NET load, v1 schema, golden applications to finite probabilities).
/// Nothing outside the staging folder is touched, so a refusal leaves the store as it was.
/// </summary>
public sealed class UploadStager(StoreLayout layout, TimeProvider time)
{
    private const long MaxMetadataBytes = 1024 * 1024;

    public async Task<StagingResult> StageAsync(
        string folder, Stream artifact, Stream metadata, long maxArtifactBytes, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var artifactPath = Path.Combine(folder, StoreLayout.ArtifactFileName);
        var metadataPath = Path.Combine(folder, StoreLayout.MetadataFileName);

        var (sha256, size) = await CopyAsync(artifact, artifactPath, maxArtifactBytes, cancellationToken);
        if (size > maxArtifactBytes)
        {
            return StagingResult.Refused($"the artifact is larger than {maxArtifactBytes} bytes");
        }

        if (size == 0)
        {
            return StagingResult.Refused("the artifact is empty");
        }

        var (_, metadataSize) = await CopyAsync(metadata, metadataPath, MaxMetadataBytes, cancellationToken);
        if (metadataSize > MaxMetadataBytes)
        {
            return StagingResult.Refused($"metadata.json is larger than {MaxMetadataBytes} bytes");
        }

        string modelVersion;
        JsonElement metadataJson;
        try
        {
            modelVersion = ModelMetadata.Read(metadataPath).ModelVersion;
            metadataJson = await ReadElementAsync(metadataPath, cancellationToken);
        }
        // The parser's message quotes the upload and names our types; the caller gets neither.
        catch (JsonException)
        {
            return StagingResult.Refused(
                "metadata.json is not model metadata: a JSON object with every field the trainer writes is expected");
        }

        if (!ModelVersionName.IsValid(modelVersion))
        {
            return StagingResult.Refused(ModelVersionName.Rule);
        }

        // Loading is CPU work of a second or so; it runs off the request thread's continuation.
        var load = await Task.Run(() => ModelArtifactLoader.Load(artifactPath, metadataPath), cancellationToken);
        if (load.Scorer is null)
        {
            return StagingResult.Refused(load.FailureReason ?? "the artifact could not be loaded");
        }

        var manifest = new VersionManifest(modelVersion, sha256, size, time.GetUtcNow());
        await DurableFile.WriteJsonAsync(Path.Combine(folder, StoreLayout.ManifestFileName), manifest, cancellationToken);

        return StagingResult.Accepted(new StagedVersion(folder, manifest, metadataJson));
    }

    public string NewFolder() => layout.NewStagingFolder();

    // Copies at most limit + 1 bytes, so an oversized upload is detected without storing all of it.
    private static async Task<(string Sha256, long Size)> CopyAsync(
        Stream source, string path, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        var buffer = new byte[81920];
        long size = 0;

        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > limit)
            {
                return ("", size);
            }

            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        target.Flush(flushToDisk: true);
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    private static async Task<JsonElement> ReadElementAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        return document.RootElement.Clone();
    }
}
