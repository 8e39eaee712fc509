using System.Reflection;

namespace CreditSmart.AppHost.Tests;

/// <summary>
/// A model that has learnt nothing: the repository's trainer run with <c>--shuffle-labels</c>,
/// so it loads, answers every request and passes the store's checks, yet ranks defaults no
/// better than chance. The bad release the quality check is there to catch.
/// </summary>
public sealed class ShuffledLabelModel : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"creditsmart-shuffled-{Guid.NewGuid():N}");

    private ShuffledLabelModel(string modelVersion) => ModelVersion = modelVersion;

    public string ModelVersion { get; }

    public string ArtifactPath => Path.Combine(_folder, "models", "credit_risk_model.zip");

    public string MetadataPath => Path.Combine(_folder, "models", "metadata.json");

    /// <summary>Trains it with the trainer's own entry point, as <c>dotnet run --project CreditSmart.Trainer</c> would.</summary>
    public static async Task<ShuffledLabelModel> TrainAsync(string modelVersion, CancellationToken cancellationToken)
    {
        var model = new ShuffledLabelModel(modelVersion);
        string[] args =
        [
            "--shuffle-labels",
            "--data", ModelFiles.RepositoryFile("data", "lending_club_sample.csv"),
            "--output", model._folder,
            "--model-version", modelVersion,
        ];

        var entryPoint = Assembly.Load("CreditSmart.Trainer").EntryPoint
            ?? throw new InvalidOperationException("The trainer has no entry point.");
        var exitCode = await Task.Run(() => (int)entryPoint.Invoke(null, [args])!, cancellationToken);

        Assert.True(exitCode == 0, $"The trainer exited with {exitCode}.");
        return model;
    }

    /// <summary>The artifact and metadata as the store's register endpoint takes them.</summary>
    public MultipartFormDataContent Registration() => new()
    {
        { new ByteArrayContent(File.ReadAllBytes(ArtifactPath)), "artifact", "credit_risk_model.zip" },
        { new ByteArrayContent(File.ReadAllBytes(MetadataPath)), "metadata", "metadata.json" },
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Training never wrote anything.
        }
    }
}
