using System.Globalization;
using CreditSmart.Trainer;

// Figures in the console and the report must not change with the machine's locale.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// Where to read and write; by default the repository's own data, models and docs folders.
if (!TrainerOptions.TryParse(args, out var options, out var exitCode))
{
    return exitCode;
}

// The fixed split by file position, incomplete rows dropped and counted.
Console.WriteLine($"Reading {Path.GetFileName(options.DataPath)}");
var data = options.ShuffleLabels
    ? TrainingData.LoadWithShuffledLabels(options.DataPath)
    : TrainingData.Load(options.DataPath);

// Every candidate compared on the validation slice, then refit and measured on held-out rows.
Console.WriteLine("Training candidates");
var ranked = CandidateEvaluator.EvaluateAll(Candidates.All, data);

// The best candidate whose saved zip reloads with matching probabilities and contributions.
Console.WriteLine("Saving and checking the artifact");
var published = ArtifactPublisher.PublishBest(ranked, data, options);

// What the API reads beside the artifact.
var metadata = MetadataBuilder.Build(published, data, options.ModelVersion);
metadata.Write(options.MetadataPath);

// The human-readable account of this run.
ModelReport.Write(options.ReportPath, metadata, published, ranked);

Console.WriteLine($"Shipped {metadata.Trainer}: test AUC {metadata.Metrics.Auc:F4}");
Console.WriteLine($"Feature slots: {string.Join(", ", metadata.FeatureSlots)}");
return 0;
