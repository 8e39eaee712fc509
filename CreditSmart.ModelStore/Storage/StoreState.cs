namespace CreditSmart.ModelStore.Storage;

/// <summary>An immutable snapshot of the store: readers take one and never see a half-made change.</summary>
public sealed record StoreState(IReadOnlyDictionary<string, StoredVersion> Versions, ActivePointer Pointer)
{
    public static StoreState Empty { get; } = new(new Dictionary<string, StoredVersion>(), ActivePointer.None);

    public StoredVersion? Active =>
        Pointer.Active is { } name && Versions.TryGetValue(name, out var version) ? version : null;

    /// <summary>Versions in the order they were registered, oldest first.</summary>
    public IReadOnlyList<StoredVersion> InRegistrationOrder =>
        [.. Versions.Values.OrderBy(version => version.RegisteredAt).ThenBy(version => version.ModelVersion, StringComparer.Ordinal)];
}
