namespace CreditSmart.Scoring.Model;

/// <summary>A loaded model failed to score a valid application; the caller falls back to rules.</summary>
public sealed class ModelScoringException(string modelVersion)
    : Exception($"Model {modelVersion} returned no finite probability.")
{
    public string ModelVersion { get; } = modelVersion;
}
