using System.Reflection;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Evaluation;
using CreditSmart.Scoring.Features;
using CreditSmart.Scoring.Model;
using Microsoft.ML;

namespace CreditSmart.Trainer;

/// <summary>Describes the shipped artifact for <c>models/metadata.json</c>.</summary>
internal static class MetadataBuilder
{
    // ML.NET fixes its assembly version at 1.0.0.0; the package version is in the informational one.
    public static string MlNetVersion { get; } =
        typeof(MLContext).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?
            .InformationalVersion
            .Split('+')[0]
        ?? "unknown";

    public static ModelMetadata Build(PublishedModel published, TrainingData data, string modelVersion)
    {
        var result = published.Result;
        return new ModelMetadata
        {
            ModelVersion = modelVersion,
            Trainer = result.Candidate.Name,
            TrainerSettings = result.Candidate.Settings,
            Calibrator = "platt",
            Features = FieldNames.Scored,
            ModelFeatures = [.. result.Refit.NumericColumns, .. FeatureColumns.Categorical],
            FeatureSlots = published.Check.SlotNames,
            ExplanationMethod = result.Candidate.ExplanationMethod,
            ContributionBaseline = BaselineOf(result.Candidate),
            BaselineScore = published.Check.BaselineScore,
            TrainingData = data.Summarize(),
            Seed = Candidate.Seed,
            TrainedAt = TrimToSeconds(DateTime.UtcNow),
            MlNetVersion = MlNetVersion,
            Metrics = result.Test,
            CalibrationByDecile = BinaryMetrics.CalibrationByDecile(result.TestProbabilities, data.Test.Labels),
            DecisionThresholds = DecisionThresholds.Default,
            ArtifactSha256 = published.ArtifactSha256,
        };
    }

    private static string BaselineOf(Candidate candidate) => candidate.IsLinear
        ? "the training-set mean of every feature slot (features are centred and scaled before the " +
          "model): a contribution is the slot's weight times its standardised value, in raw score " +
          "(log-odds) units, and the contributions plus baseline_score give the score"
        : "the score with the row's own branch swapped for the other at each split on the slot, " +
          "summed over trees, in raw score units; contributions do not add up to the score";

    private static DateTime TrimToSeconds(DateTime time) =>
        new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
