namespace CreditSmart.ModelStore.Storage;

/// <summary>Where the store keeps model versions and who may change them.</summary>
public sealed class ModelStoreOptions
{
    public const string SectionName = "ModelStore";

    /// <summary>
    /// The store's folder (<c>ModelStore:RootPath</c>); a relative path is resolved from the content
    /// root. Staging happens inside it, so versions move into place by a rename on one filesystem.
    /// </summary>
    public string RootPath { get; set; } = "model-store-data";

    /// <summary>
    /// The key that register, promote and roll back require in <c>X-Admin-Key</c>
    /// (<c>ModelStore:AdminKey</c>). Without one, the store is read-only.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>
    /// The artifact registered into an empty store (<c>ModelStore:SeedArtifactPath</c>), with its
    /// <c>metadata.json</c> beside it; relative to the binaries. Empty turns seeding off.
    /// </summary>
    public string SeedArtifactPath { get; set; } = "seed/credit_risk_model.zip";

    /// <summary>The largest artifact an upload may carry (<c>ModelStore:MaxArtifactBytes</c>).</summary>
    public long MaxArtifactBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>The shortest admin key accepted: shorter ones are guessable.</summary>
    public const int MinAdminKeyLength = 16;
}
