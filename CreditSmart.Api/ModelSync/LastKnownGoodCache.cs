using CreditSmart.Scoring.Model;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.ModelSync;

/// <summary>
/// A local copy of the last model taken from the store, so the API can start on it when the store
/// is down. Each file is replaced by a rename; a crash between the two leaves an artifact whose
/// checksum does not match its metadata, which the loader refuses, and start-up moves on to the
/// bundled model.
/// </summary>
public sealed class LastKnownGoodCache(IOptions<ModelSyncOptions> options)
{
    private const string ArtifactFileName = "credit_risk_model.zip";
    private const string MetadataFileName = "metadata.json";

    private string Folder => options.Value.ResolvedLastKnownGoodPath;

    public ModelLoadResult Load() =>
        ModelArtifactLoader.Load(Path.Combine(Folder, ArtifactFileName), Path.Combine(Folder, MetadataFileName));

    /// <summary>A fresh folder, inside the cache so that keeping a download is a rename.</summary>
    public string NewDownloadFolder()
    {
        var folder = Path.Combine(Folder, "incoming", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string ArtifactIn(string folder) => Path.Combine(folder, ArtifactFileName);

    public static string MetadataIn(string folder) => Path.Combine(folder, MetadataFileName);

    /// <summary>Makes a verified download the last-known-good copy.</summary>
    public void Keep(string downloadFolder)
    {
        File.Move(ArtifactIn(downloadFolder), ArtifactIn(Folder), overwrite: true);
        File.Move(MetadataIn(downloadFolder), MetadataIn(Folder), overwrite: true);
    }
}
