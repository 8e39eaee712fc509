using System.Security.Cryptography;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Features;
using CreditSmart.Scoring.Model;
using CreditSmart.Scoring.Tests.Support;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CreditSmart.Scoring.Tests.Model;

/// <summary>
/// The artifact and metadata committed under <c>models/</c>, loaded the way the API loads them.
/// </summary>
public sealed class CommittedModelTests
{
    private static readonly CreditApplication s_typical =
        new(65_000, 1_100, 705, 12_000, 36, 5, "RENT", "debt_consolidation", 9, 0, 1);

    private static readonly CreditApplication s_strong =
        new(150_000, 400, 800, 5_000, 36, 10, "MORTGAGE", "home_improvement", 12, 0, 0);

    private static readonly CreditApplication s_weak =
        new(28_000, 650, 662, 25_000, 60, 0, "RENT", "small_business", 4, 2, 5);

    [Fact]
    public void TheModelScoresAnApplicationToAProbabilityWithAContributionPerSlot()
    {
        var metadata = ModelMetadata.Read(RepositoryFiles.Metadata);

        var output = Score(s_typical);

        Assert.True(float.IsFinite(output.Probability));
        Assert.InRange(output.Probability, 0.01f, 0.99f);
        Assert.Equal(metadata.FeatureSlots.Count, output.FeatureContributions.Length);
        Assert.All(output.FeatureContributions, value => Assert.True(float.IsFinite(value)));
        Assert.Contains(output.FeatureContributions, value => value != 0);
    }

    [Fact]
    public void AWeakerApplicationIsMoreLikelyToDefaultThanAStrongOne()
    {
        var strong = Score(s_strong).Probability;
        var weak = Score(s_weak).Probability;

        Assert.True(weak > strong, $"weak {weak:P1} should exceed strong {strong:P1}");
    }

    [Fact]
    public void TheFeatureSlotsOfTheModelAreTheOnesInItsMetadata()
    {
        var metadata = ModelMetadata.Read(RepositoryFiles.Metadata);
        var ml = new MLContext();
        var model = ml.Model.Load(RepositoryFiles.Model, out var inputSchema);

        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        model.GetOutputSchema(inputSchema)[FeatureColumns.Features].GetSlotNames(ref slotNames);

        Assert.Equal(metadata.FeatureSlots, slotNames.DenseValues().Select(name => name.ToString()));
        Assert.Contains("HomeOwnership.RENT", metadata.FeatureSlots);
    }

    [Fact]
    public void TheMetadataDescribesTheCommittedArtifact()
    {
        var metadata = ModelMetadata.Read(RepositoryFiles.Metadata);

        using var artifact = File.OpenRead(RepositoryFiles.Model);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(artifact)), metadata.ArtifactSha256);
        Assert.Equal("ml_v1.0.0", metadata.ModelVersion);
        Assert.Equal(FieldNames.Scored, metadata.Features);
        Assert.Equal(DecisionThresholds.Default, metadata.DecisionThresholds);
        Assert.InRange(metadata.Metrics.Auc, 0.68, 0.75);
        Assert.Equal(10, metadata.CalibrationByDecile.Count);
    }

    [Fact]
    public void ContributionsAddUpToTheScoreExactlyWhenTheMetadataGivesABaseline()
    {
        var metadata = ModelMetadata.Read(RepositoryFiles.Metadata);

        var output = Score(s_weak);

        // Only linear contributions add up; tree-path ones carry no baseline score.
        if (metadata.ExplanationMethod == "fcc-linear")
        {
            Assert.NotNull(metadata.BaselineScore);
            var total = metadata.BaselineScore.Value + output.FeatureContributions.Sum(value => (double)value);
            Assert.Equal(output.Score, total, 1e-4);
        }
        else
        {
            Assert.Null(metadata.BaselineScore);
        }
    }

    [Fact]
    public void TheMetadataFileReadsAndWritesBackUnchanged()
    {
        var path = Path.Combine(Path.GetTempPath(), $"metadata-{Guid.NewGuid():N}.json");
        try
        {
            ModelMetadata.Read(RepositoryFiles.Metadata).Write(path);

            Assert.Equal(File.ReadAllText(RepositoryFiles.Metadata), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ModelOutput Score(CreditApplication application)
    {
        var ml = new MLContext();
        var model = ml.Model.Load(RepositoryFiles.Model, out _);
        using var engine = ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model);
        return engine.Predict(FeatureDerivation.Derive(application));
    }
}
