using System.Security.Cryptography;
using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Features;
using Microsoft.ML;

namespace CreditSmart.Scoring.Model;

/// <summary>
/// Loads a model artifact and its metadata, and refuses anything that should not serve:
/// a checksum that does not match, a file ML.NET cannot read, a schema that is not v1, or
/// a model that cannot score the golden applications.
/// </summary>
public static class ModelArtifactLoader
{
    public static ModelLoadResult Load(string artifactPath, string metadataPath)
    {
        if (!File.Exists(artifactPath))
        {
            return ModelLoadResult.Failed("the model artifact was not found");
        }

        if (!File.Exists(metadataPath))
        {
            return ModelLoadResult.Failed("the model metadata was not found");
        }

        ModelMetadata metadata;
        try
        {
            metadata = ModelMetadata.Read(metadataPath);
        }
        catch (Exception error) when (error is IOException or System.Text.Json.JsonException or InvalidDataException)
        {
            return ModelLoadResult.Failed("the model metadata is unreadable", error);
        }

        var sha256 = ComputeSha256(artifactPath);
        if (!string.Equals(sha256, metadata.ArtifactSha256, StringComparison.OrdinalIgnoreCase))
        {
            return ModelLoadResult.Failed("the artifact's SHA-256 does not match its metadata");
        }

        // A metadata file may say "decision_thresholds": null; required only means present.
        if (metadata.DecisionThresholds is not { IsValid: true })
        {
            return ModelLoadResult.Failed("the metadata's decision thresholds are not rising edges in (0, 1)");
        }

        if (!ExplanationMethods.IsKnown(metadata.ExplanationMethod))
        {
            return ModelLoadResult.Failed(
                $"the metadata's explanation_method is not one of {ExplanationMethods.Linear} or {ExplanationMethods.TreePath}");
        }

        return LoadVerified(artifactPath, metadata, sha256);
    }

    private static ModelLoadResult LoadVerified(string artifactPath, ModelMetadata metadata, string sha256)
    {
        var ml = new MLContext(seed: 0);

        ITransformer model;
        DataViewSchema outputSchema;
        try
        {
            using var stream = File.OpenRead(artifactPath);
            model = ml.Model.Load(stream, out var inputSchema);
            outputSchema = model.GetOutputSchema(inputSchema);

            var mismatch = ModelSchemaCheck.FindMismatch(inputSchema, outputSchema);
            if (mismatch is not null)
            {
                return ModelLoadResult.Failed($"the model does not fit the v1 schema: {mismatch}");
            }
        }
        // An artifact is untrusted input: ML.NET reports damage through many exception types.
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return ModelLoadResult.Failed("ML.NET could not load the artifact", error);
        }

        var slots = FeatureSlotMap.FromSchema(outputSchema);
        if (slots is null)
        {
            return ModelLoadResult.Failed($"the model's '{FeatureColumns.Features}' slots do not map to v1 fields");
        }

        var info = new ScorerInfo(metadata.ModelVersion, ScoringMode.Model, metadata.ExplanationMethod, sha256);
        var scorer = new ModelScorer(ml, model, slots, metadata.DecisionThresholds, info, metadata);

        return Warm(scorer);
    }

    private static ModelLoadResult Warm(ModelScorer scorer)
    {
        try
        {
            foreach (var application in GoldenApplications.All)
            {
                scorer.Score(application);
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return ModelLoadResult.Failed("the model failed to score the golden applications", error);
        }

        return ModelLoadResult.Loaded(scorer);
    }

    public static string ComputeSha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
