namespace CreditSmart.ModelStore.Storage;

/// <summary>
/// The store's folder: <c>versions/&lt;model_version&gt;/</c> holds each version's artifact, metadata
/// and manifest; <c>staging/</c> holds uploads being checked; <c>active.json</c> is the pointer.
/// Staging sits inside the root so a checked version moves into place by one atomic rename.
/// </summary>
public sealed class StoreLayout(string root)
{
    public const string ArtifactFileName = "credit_risk_model.zip";
    public const string MetadataFileName = "metadata.json";
    public const string ManifestFileName = "version.json";

    public string Root { get; } = root;

    public string VersionsFolder => Path.Combine(Root, "versions");

    public string StagingFolder => Path.Combine(Root, "staging");

    public string PointerPath => Path.Combine(Root, "active.json");

    public string VersionFolder(string modelVersion) => Path.Combine(VersionsFolder, modelVersion);

    public string ArtifactPath(string modelVersion) => Path.Combine(VersionFolder(modelVersion), ArtifactFileName);

    public string MetadataPath(string modelVersion) => Path.Combine(VersionFolder(modelVersion), MetadataFileName);

    public string NewStagingFolder() => Path.Combine(StagingFolder, Guid.NewGuid().ToString("N"));
}
