using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Explanations;

namespace CreditSmart.Scoring.Rules;

/// <summary>
/// Scores with <see cref="RuleBook"/> when no model can be served: deterministic, needs no
/// files, and explains itself with the rules that moved the score.
/// </summary>
public sealed class RuleEngineScorer : ICreditRiskScorer
{
    public const string Version = "deterministic-v1.0.0";

    public const string ExplanationMethod = "rules";

    // Probabilities stay off 0 and 1: a scorecard this simple is never that sure.
    private const double MinProbability = 0.001;
    private const double MaxProbability = 0.999;

    private readonly DecisionThresholds _thresholds;

    public RuleEngineScorer(DecisionThresholds? thresholds = null)
    {
        _thresholds = thresholds ?? DecisionThresholds.Default;
    }

    /// <summary>The band edges this scorer decides with.</summary>
    public DecisionThresholds Thresholds => _thresholds;

    /// <summary>The v1 fields some rule reads, in schema order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        [.. FieldNames.Scored.Where(field => RuleBook.Rules.Any(rule => rule.Field == field))];

    public ScorerInfo Info { get; } = new(Version, ScoringMode.Rules, ExplanationMethod, ArtifactSha256: null);

    public RiskAssessment Score(CreditApplication application) => Estimate(application).Explain(application);

    public RiskEstimate Estimate(CreditApplication application)
    {
        var contributions = new FieldContributions();
        var logOdds = RuleBook.BaseLogOdds;

        foreach (var rule in RuleBook.Rules)
        {
            var term = rule.LogOdds(application);
            contributions.Add(rule.Field, term);
            logOdds += term;
        }

        var probability = ReportedProbability.Round(
            Math.Clamp(1 / (1 + Math.Exp(-logOdds)), MinProbability, MaxProbability));
        var band = _thresholds.BandOf(probability);

        return new RiskEstimate(probability, band, DecisionThresholds.DecisionFor(band), contributions);
    }
}
