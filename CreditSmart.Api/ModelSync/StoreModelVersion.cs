using System.Text.Json.Serialization;

namespace CreditSmart.Api.ModelSync;

/// <summary>The part of the store's version document the API needs.</summary>
public sealed record StoreModelVersion(
    [property: JsonPropertyName("model_version")] string ModelVersion,
    [property: JsonPropertyName("artifact_sha256")] string ArtifactSha256,
    [property: JsonPropertyName("artifact_url")] string ArtifactUrl,
    [property: JsonPropertyName("metadata_url")] string MetadataUrl);
