namespace CreditSmart.Scoring;

/// <summary>What a scorer is, for responses, health and audit.</summary>
/// <param name="ModelVersion">The version reported with every prediction.</param>
/// <param name="Mode">Model or rules.</param>
/// <param name="ExplanationMethod">How key factors are computed, e.g. "fcc-linear" or "rules".</param>
/// <param name="ArtifactSha256">The model artifact's SHA-256; null for the rule engine.</param>
public sealed record ScorerInfo(string ModelVersion, ScoringMode Mode, string ExplanationMethod, string? ArtifactSha256);
