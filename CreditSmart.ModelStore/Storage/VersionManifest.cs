using System.Text.Json.Serialization;

namespace CreditSmart.ModelStore.Storage;

/// <summary>
/// What the store records about a version beside its two files (<c>version.json</c>): the checksum
/// it computed itself and when the version arrived, which orders "newest".
/// </summary>
public sealed record VersionManifest(
    [property: JsonPropertyName("model_version")] string ModelVersion,
    [property: JsonPropertyName("artifact_sha256")] string ArtifactSha256,
    [property: JsonPropertyName("size_bytes")] long SizeBytes,
    [property: JsonPropertyName("registered_at")] DateTimeOffset RegisteredAt);
