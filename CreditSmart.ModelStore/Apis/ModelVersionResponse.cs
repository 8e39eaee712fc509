using System.Text.Json;
using CreditSmart.ModelStore.Storage;

namespace CreditSmart.ModelStore.Apis;

/// <summary>One version as the API shows it, with where to download its files.</summary>
/// <param name="Metadata">The version's metadata.json as registered.</param>
public sealed record ModelVersionResponse(
    string ModelVersion,
    string ArtifactSha256,
    long SizeBytes,
    DateTimeOffset RegisteredAt,
    bool IsActive,
    string ArtifactUrl,
    string MetadataUrl,
    JsonElement Metadata)
{
    public static ModelVersionResponse From(StoredVersion version, StoreState state) => new(
        version.ModelVersion,
        version.ArtifactSha256,
        version.SizeBytes,
        version.RegisteredAt,
        IsActive: state.Pointer.Active == version.ModelVersion,
        ArtifactUrl: $"{ModelsApi.BasePath}/{version.ModelVersion}/artifact",
        MetadataUrl: $"{ModelsApi.BasePath}/{version.ModelVersion}/metadata",
        version.Metadata);
}
