using System.Text.Json;

namespace CreditSmart.ModelStore.Storage;

/// <summary>One registered model version as the store holds it.</summary>
/// <param name="ArtifactSha256">Lower-case hex SHA-256 of the artifact, computed by the store.</param>
/// <param name="Metadata">The version's <c>metadata.json</c> exactly as registered.</param>
public sealed record StoredVersion(
    string ModelVersion,
    string ArtifactSha256,
    long SizeBytes,
    DateTimeOffset RegisteredAt,
    JsonElement Metadata);
