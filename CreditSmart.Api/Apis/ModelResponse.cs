using CreditSmart.Api.Scoring;
using CreditSmart.Scoring;
using CreditSmart.Scoring.Evaluation;

namespace CreditSmart.Api.Apis;

/// <summary>The public description of the scorer serving now; nothing in it is secret.</summary>
/// <param name="ArtifactSha256">The artifact's SHA-256; null on the rule engine.</param>
/// <param name="ModelSource">Where the serving model came from: store, last_known_good, bundled or rules.</param>
/// <param name="Trainer">The ML.NET trainer; null on the rule engine.</param>
/// <param name="TrainedAt">When training finished (UTC); null on the rule engine.</param>
/// <param name="Features">The v1 fields the scorer reads, in schema order.</param>
/// <param name="Metrics">AUC, log-loss, Brier score and KS on the held-out loans; null on the rule engine.</param>
/// <param name="HeldOutLoans">How many held-out loans the metrics were measured on; null on the rule engine.</param>
/// <param name="RiskBands">The band edges this scorer decides with, lowest band first.</param>
public sealed record ModelResponse(
    string ModelVersion,
    ScoringMode ScoringMode,
    string? ArtifactSha256,
    ModelSource ModelSource,
    string? Trainer,
    DateTime? TrainedAt,
    string ExplanationMethod,
    IReadOnlyList<string> Features,
    ClassifierMetrics? Metrics,
    int? HeldOutLoans,
    IReadOnlyList<RiskBandResponse> RiskBands);
