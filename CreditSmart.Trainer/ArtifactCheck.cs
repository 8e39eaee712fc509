using CreditSmart.Scoring.Features;
using CreditSmart.Scoring.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CreditSmart.Trainer;

/// <summary>
/// Proof that a saved artifact serves as it trained: loaded back in a fresh context, as the API
/// loads it, it gives the in-memory probabilities and one contribution per feature slot.
/// </summary>
internal sealed record ArtifactCheck(
    IReadOnlyList<string> SlotNames,
    int RowsCompared,
    double MaxProbabilityDifference,
    double MaxContributionDifference,
    double? BaselineScore)
{
    // The saved and in-memory chains run the same arithmetic; anything above float noise is a fault.
    private const double Tolerance = 1e-6;

    // Linear contributions must add up to the score less one constant, the bias.
    private const double BaselineTolerance = 1e-3;

    /// <exception cref="InvalidOperationException">The artifact does not behave as trained.</exception>
    public static ArtifactCheck Run(string path, CandidateResult result, IReadOnlyList<ModelInput> heldOut)
    {
        var expected = result.Refit.Outputs(heldOut);

        var ml = new MLContext();
        var loaded = ml.Model.Load(path, out var inputSchema);
        var slotNames = SlotNamesOf(loaded.GetOutputSchema(inputSchema));
        Require(
            slotNames.Count == result.Refit.SlotCount,
            $"the loaded model has {slotNames.Count} feature slots, the trained one {result.Refit.SlotCount}");

        using var engine = ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(loaded);
        double maxProbabilityDifference = 0;
        double maxContributionDifference = 0;
        var anyContribution = false;
        var baselines = new List<double>(heldOut.Count);

        for (var i = 0; i < heldOut.Count; i++)
        {
            var actual = engine.Predict(heldOut[i]);
            Require(
                actual.FeatureContributions.Length == slotNames.Count,
                $"row {i} has {actual.FeatureContributions.Length} contributions for {slotNames.Count} slots");

            maxProbabilityDifference = Math.Max(
                maxProbabilityDifference,
                Math.Abs(actual.Probability - expected[i].Probability));
            for (var slot = 0; slot < slotNames.Count; slot++)
            {
                maxContributionDifference = Math.Max(
                    maxContributionDifference,
                    Math.Abs(actual.FeatureContributions[slot] - expected[i].FeatureContributions[slot]));
            }

            anyContribution |= actual.FeatureContributions.Any(value => value != 0);
            baselines.Add(actual.Score - actual.FeatureContributions.Sum(value => (double)value));
        }

        Require(
            maxProbabilityDifference <= Tolerance,
            $"loaded probabilities differ from the trained ones by up to {maxProbabilityDifference:G3}");
        Require(
            maxContributionDifference <= Tolerance,
            $"loaded contributions differ from the trained ones by up to {maxContributionDifference:G3}");
        Require(anyContribution, "every contribution of the loaded model is zero");

        return new ArtifactCheck(
            slotNames,
            heldOut.Count,
            maxProbabilityDifference,
            maxContributionDifference,
            result.Candidate.IsLinear ? Baseline(baselines) : null);
    }

    private static double Baseline(List<double> baselines)
    {
        var spread = baselines.Max() - baselines.Min();
        Require(
            spread <= BaselineTolerance,
            $"linear contributions do not add up to the score less a constant (spread {spread:G3})");
        return baselines.Average();
    }

    private static List<string> SlotNamesOf(DataViewSchema schema)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        schema[FeatureColumns.Features].GetSlotNames(ref names);
        return [.. names.DenseValues().Select(name => name.ToString())];
    }

    private static void Require(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException(failure);
        }
    }
}
