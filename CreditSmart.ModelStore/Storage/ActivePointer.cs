using System.Text.Json.Serialization;

namespace CreditSmart.ModelStore.Storage;

/// <summary>
/// Which version serves and which served before it (<c>active.json</c>). Rolling back swaps the
/// two, so a second rollback undoes the first.
/// </summary>
public sealed record ActivePointer(
    [property: JsonPropertyName("active")] string? Active,
    [property: JsonPropertyName("previous")] string? Previous,
    [property: JsonPropertyName("changed_at")] DateTimeOffset? ChangedAt)
{
    public static ActivePointer None { get; } = new(null, null, null);
}
