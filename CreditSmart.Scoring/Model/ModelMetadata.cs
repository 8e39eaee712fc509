using System.Text.Json;
using System.Text.Json.Serialization;
using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Evaluation;

namespace CreditSmart.Scoring.Model;

/// <summary>
/// What the trainer wrote beside a model artifact (<c>models/metadata.json</c>): which model it
/// is, what it learned from, how well it did on held-out loans, and the thresholds to use it with.
/// </summary>
public sealed record ModelMetadata
{
    /// <summary>The artifact's version, e.g. <c>ml_v1.0.0</c>; reported with every score.</summary>
    [JsonPropertyName("model_version")]
    public required string ModelVersion { get; init; }

    /// <summary>The ML.NET trainer, e.g. <c>LbfgsLogisticRegression</c>.</summary>
    [JsonPropertyName("trainer")]
    public required string Trainer { get; init; }

    /// <summary>The trainer's settings as configured, by snake_case name (seeds, sizes, rates).</summary>
    [JsonPropertyName("trainer_settings")]
    public required IReadOnlyDictionary<string, double> TrainerSettings { get; init; }

    /// <summary>
    /// How raw scores become probabilities, e.g. <c>platt</c>: ML.NET's Platt calibrator as the
    /// trainer set it up (for logistic regression, the logistic link itself).
    /// </summary>
    [JsonPropertyName("calibrator")]
    public required string Calibrator { get; init; }

    /// <summary>The v1 fields the model reads, in schema order.</summary>
    [JsonPropertyName("features")]
    public required IReadOnlyList<string> Features { get; init; }

    /// <summary>The derived columns the pipeline builds from those fields.</summary>
    [JsonPropertyName("model_features")]
    public required IReadOnlyList<string> ModelFeatures { get; init; }

    /// <summary>
    /// The slot names of the <c>Features</c> vector, in order; contribution i belongs to slot i.
    /// One-hot slots read <c>Column.Value</c>, e.g. <c>HomeOwnership.RENT</c>.
    /// </summary>
    [JsonPropertyName("feature_slots")]
    public required IReadOnlyList<string> FeatureSlots { get; init; }

    /// <summary><c>fcc-linear</c> or <c>fcc-tree-path</c>: how the contributions were computed.</summary>
    [JsonPropertyName("explanation_method")]
    public required string ExplanationMethod { get; init; }

    /// <summary>What a contribution of zero means, in a sentence.</summary>
    [JsonPropertyName("contribution_baseline")]
    public required string ContributionBaseline { get; init; }

    /// <summary>
    /// For a linear model, the raw score of an applicant at the baseline: the contributions add
    /// to it to give the row's score. Null when contributions do not add up that way (trees).
    /// </summary>
    [JsonPropertyName("baseline_score")]
    public double? BaselineScore { get; init; }

    [JsonPropertyName("training_data")]
    public required TrainingDataSummary TrainingData { get; init; }

    /// <summary>The MLContext seed.</summary>
    [JsonPropertyName("seed")]
    public required int Seed { get; init; }

    /// <summary>When training finished, in UTC.</summary>
    [JsonPropertyName("trained_at")]
    public required DateTime TrainedAt { get; init; }

    [JsonPropertyName("mlnet_version")]
    public required string MlNetVersion { get; init; }

    /// <summary>Figures on the held-out test rows.</summary>
    [JsonPropertyName("metrics")]
    public required ClassifierMetrics Metrics { get; init; }

    /// <summary>Predicted against observed default rate on the held-out rows, by decile.</summary>
    [JsonPropertyName("calibration_by_decile")]
    public required IReadOnlyList<CalibrationBin> CalibrationByDecile { get; init; }

    [JsonPropertyName("decision_thresholds")]
    public required DecisionThresholds DecisionThresholds { get; init; }

    /// <summary>Lower-case hex SHA-256 of the model zip, to check the artifact is the one described.</summary>
    [JsonPropertyName("artifact_sha256")]
    public required string ArtifactSha256 { get; init; }

    // Computed properties such as DecisionThresholds.IsValid are not data; leaving them out keeps
    // the file to what a reader can set.
    private static readonly JsonSerializerOptions s_jsonOptions = new()
    {
        WriteIndented = true,
        IgnoreReadOnlyProperties = true,
    };

    /// <summary>Reads a metadata file.</summary>
    /// <exception cref="JsonException">The file is not metadata, or lacks a required property.</exception>
    public static ModelMetadata Read(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ModelMetadata>(stream, s_jsonOptions)
            ?? throw new JsonException($"{Path.GetFileName(path)} holds null, not model metadata.");
    }

    /// <summary>Writes the metadata as indented JSON, replacing any file at the path.</summary>
    public void Write(string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(this, s_jsonOptions) + "\n");
}
