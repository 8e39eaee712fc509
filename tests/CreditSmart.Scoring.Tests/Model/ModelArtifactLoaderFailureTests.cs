using System.Text.Json.Nodes;
using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Evaluation;
using CreditSmart.Scoring.Model;

namespace CreditSmart.Scoring.Tests.Model;

/// <summary>
/// Artifacts that must never serve. Each test writes its own files to a fresh temporary folder;
/// none reads the committed model.
/// </summary>
public sealed class ModelArtifactLoaderFailureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("creditsmart-loader-").FullName;

    private string ArtifactPath => Path.Combine(_folder, "credit_risk_model.zip");

    private string MetadataPath => Path.Combine(_folder, "metadata.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AMissingArtifactFailsWithAReason()
    {
        WriteMetadata(Metadata("0000"));

        var result = ModelArtifactLoader.Load(ArtifactPath, MetadataPath);

        AssertFailed(result, "not found");
    }

    [Fact]
    public void MissingMetadataFailsWithAReason()
    {
        File.WriteAllBytes(ArtifactPath, RandomBytes(seed: 1));

        var result = ModelArtifactLoader.Load(ArtifactPath, MetadataPath);

        AssertFailed(result, "not found");
    }

    [Fact]
    public void AChecksumMismatchFailsBeforeTheArtifactIsOpened()
    {
        File.WriteAllBytes(ArtifactPath, RandomBytes(seed: 2));
        WriteMetadata(Metadata(Sha256Of(RandomBytes(seed: 3))));

        var result = ModelArtifactLoader.Load(ArtifactPath, MetadataPath);

        AssertFailed(result, "SHA-256");
        Assert.Null(result.Error);
    }

    [Fact]
    public void AnArtifactChangedByOneByteFailsTheChecksum()
    {
        var bytes = RandomBytes(seed: 4);
        WriteMetadata(Metadata(Sha256Of(bytes)));
        bytes[^1] ^= 0x01;
        File.WriteAllBytes(ArtifactPath, bytes);

        var result = ModelArtifactLoader.Load(ArtifactPath, MetadataPath);

        AssertFailed(result, "SHA-256");
    }

    [Fact]
    public void ACorruptArtifactWithAMatchingChecksumFailsWithoutThrowing()
    {
        var bytes = RandomBytes(seed: 5);
        File.WriteAllBytes(ArtifactPath, bytes);
        WriteMetadata(Metadata(Sha256Of(bytes)));

        var result = ModelArtifactLoader.Load(ArtifactPath, MetadataPath);

        AssertFailed(result, "could not load");
        Assert.NotNull(result.Error);
    }

    [Fact]
    public void AnEmptyArtifactWithAMatchingChecksumFailsWithoutThrowing()
    {
        File.WriteAllBytes(ArtifactPath, []);
        WriteMetadata(Metadata(Sha256Of([])));

        var result = ModelArtifactLoader.Load(ArtifactPath, MetadataPath);

        AssertFailed(result, "could not load");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"model_version\":\"ml_v9\"}")]
    public void UnreadableMetadataFailsWithAReason(string metadataText)
    {
        File.WriteAllBytes(ArtifactPath, RandomBytes(seed: 6));
        File.WriteAllText(MetadataPath, metadataText);

        var result = ModelArtifactLoader.Load(ArtifactPath, MetadataPath);

        AssertFailed(result, "metadata");
    }

    [Fact]
    public void ThresholdsThatDoNotRiseFailWithAReason()
    {
        var bytes = RandomBytes(seed: 7);
        File.WriteAllBytes(ArtifactPath, bytes);
        WriteMetadata(Metadata(Sha256Of(bytes)) with { DecisionThresholds = new(0.3, 0.2, 0.1) });

        var result = ModelArtifactLoader.Load(ArtifactPath, MetadataPath);

        AssertFailed(result, "thresholds");
    }

    [Fact]
    public void NullThresholdsInTheMetadataFailWithoutThrowing()
    {
        var bytes = RandomBytes(seed: 8);
        File.WriteAllBytes(ArtifactPath, bytes);
        var json = JsonNode.Parse(File.ReadAllText(WriteMetadata(Metadata(Sha256Of(bytes)))))!;
        json["decision_thresholds"] = null;
        File.WriteAllText(MetadataPath, json.ToJsonString());

        var result = ModelArtifactLoader.Load(ArtifactPath, MetadataPath);

        Assert.Null(result.Scorer);
        Assert.False(string.IsNullOrWhiteSpace(result.FailureReason));
    }

    private static void AssertFailed(ModelLoadResult result, string reasonMentions)
    {
        Assert.Null(result.Scorer);
        Assert.NotNull(result.FailureReason);
        Assert.Contains(reasonMentions, result.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    private static byte[] RandomBytes(int seed)
    {
        var bytes = new byte[4_096];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private string Sha256Of(byte[] bytes)
    {
        var path = Path.Combine(_folder, $"hash-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, bytes);
        return ModelArtifactLoader.ComputeSha256(path);
    }

    private string WriteMetadata(ModelMetadata metadata)
    {
        metadata.Write(MetadataPath);
        return MetadataPath;
    }

    /// <summary>Complete, well-formed metadata for an artifact with the given checksum.</summary>
    private static ModelMetadata Metadata(string artifactSha256)
    {
        var slice = DataSliceSummary.Of(rows: 100, defaults: 15);

        return new ModelMetadata
        {
            ModelVersion = "ml_v0.0.0-test",
            Trainer = "LbfgsLogisticRegression",
            TrainerSettings = new Dictionary<string, double> { ["l2_regularization"] = 1 },
            Calibrator = "platt",
            Features = ["credit_score"],
            ModelFeatures = ["CreditScore"],
            FeatureSlots = ["CreditScore"],
            ExplanationMethod = "fcc-linear",
            ContributionBaseline = "the training mean",
            BaselineScore = -1.9,
            TrainingData = new TrainingDataSummary
            {
                FileName = "lending_club_sample.csv",
                Sha256 = new string('0', 64),
                Split = "none",
                Total = slice,
                Used = slice,
                Dropped = DataSliceSummary.Of(0, 0),
                Train = slice,
                Validation = slice,
                Test = slice,
                EmploymentImputed = 0,
            },
            Seed = 42,
            TrainedAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            MlNetVersion = "6.0.0",
            Metrics = new ClassifierMetrics(Auc: 0.7, LogLoss: 0.4, Brier: 0.12, Ks: 0.3),
            CalibrationByDecile = [],
            DecisionThresholds = DecisionThresholds.Default,
            ArtifactSha256 = artifactSha256,
        };
    }
}
