using System.Text.Json;

namespace CreditSmart.ModelStore.Storage;

/// <summary>An upload that passed every check, complete in its staging folder and ready to move.</summary>
public sealed record StagedVersion(string Folder, VersionManifest Manifest, JsonElement Metadata)
{
    public StoredVersion ToStored() => new(
        Manifest.ModelVersion,
        Manifest.ArtifactSha256,
        Manifest.SizeBytes,
        Manifest.RegisteredAt,
        Metadata);
}
