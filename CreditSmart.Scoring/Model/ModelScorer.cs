using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Features;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace CreditSmart.Scoring.Model;

/// <summary>
/// Scores with a loaded ML.NET model. Key factors are the model's own feature contributions,
/// summed per v1 field. Thread-safe: each call borrows a pooled prediction session.
/// </summary>
public sealed class ModelScorer : ICreditRiskScorer
{
    private readonly ObjectPool<PredictionSession> _sessions;
    private readonly FeatureSlotMap _slots;
    private readonly DecisionThresholds _thresholds;

    internal ModelScorer(
        MLContext ml,
        ITransformer model,
        FeatureSlotMap slots,
        DecisionThresholds thresholds,
        ScorerInfo info,
        ModelMetadata metadata)
    {
        // Enough sessions for every core to score at once, with headroom for bursts.
        _sessions = new DefaultObjectPool<PredictionSession>(
            new PredictionSessionPolicy(ml, model),
            maximumRetained: Environment.ProcessorCount * 4);
        _slots = slots;
        _thresholds = thresholds;
        Info = info;
        Metadata = metadata;

        var read = Enumerable.Range(0, slots.SlotCount).Select(slots.FieldOf).ToHashSet();
        Fields = [.. FieldNames.Scored.Where(read.Contains)];
    }

    public ScorerInfo Info { get; }

    /// <summary>What the trainer wrote beside the artifact, checked against it when it loaded.</summary>
    public ModelMetadata Metadata { get; }

    /// <summary>
    /// The v1 fields the model's features are built from, in schema order; a field the trainer
    /// dropped is accepted and validated but not among them.
    /// </summary>
    public IReadOnlyList<string> Fields { get; }

    /// <exception cref="ModelScoringException">The model produced no finite probability.</exception>
    public RiskAssessment Score(CreditApplication application) => Estimate(application).Explain(application);

    /// <exception cref="ModelScoringException">The model produced no finite probability.</exception>
    public RiskEstimate Estimate(CreditApplication application)
    {
        var contributions = new FieldContributions();
        double probability;

        var session = _sessions.Get();
        try
        {
            FeatureDerivation.Fill(session.Input, application);
            session.Engine.Predict(session.Input, ref session.Output);

            probability = session.Output.Probability;
            AddContributions(session.Output.FeatureContributions, contributions);
        }
        finally
        {
            _sessions.Return(session);
        }

        if (!double.IsFinite(probability) || probability is < 0 or > 1)
        {
            throw new ModelScoringException(Info.ModelVersion);
        }

        probability = ReportedProbability.Round(probability);
        var band = _thresholds.BandOf(probability);

        return new RiskEstimate(probability, band, DecisionThresholds.DecisionFor(band), contributions);
    }

    private void AddContributions(float[] bySlot, FieldContributions contributions)
    {
        var count = Math.Min(bySlot.Length, _slots.SlotCount);
        for (var slot = 0; slot < count; slot++)
        {
            contributions.Add(_slots.FieldOf(slot), bySlot[slot]);
        }
    }
}
