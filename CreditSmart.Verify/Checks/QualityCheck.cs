using System.Collections.Concurrent;
using System.Text.Json;
using CreditSmart.Scoring.Evaluation;
using CreditSmart.Verify.Measuring;

namespace CreditSmart.Verify.Checks;

/// <summary>
/// The served model still ranks real outcomes: the AUC of the returned probabilities against
/// whether each held-out loan defaulted, with the scoring core's own arithmetic. Every other
/// check passes for a model that has learnt nothing; this one does not.
/// </summary>
public sealed class QualityCheck : IReleaseCheck
{
    // LIMITATION: on the default 2,000 loans the AUC's standard error is about 0.018, so this
    // catches a model that has stopped ranking defaults, not one a few points worse than today's.
    public string Name => "quality";

    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var sample = context.Loans.Spread(options.QualitySample);
        var probabilities = new double?[sample.Count];
        var versions = new ConcurrentDictionary<string, int>();
        var unscoredWhy = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, sample.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.QualityConcurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var response = await context.Client.PredictAsync(sample[i].Json, token);
                if (response.Status == 200 && response.JsonObject() is { } body
                    && body.TryGetProperty("prediction", out var prediction) && prediction.ValueKind == JsonValueKind.Number
                    && prediction.GetDouble() is >= 0 and <= 1)
                {
                    probabilities[i] = prediction.GetDouble();
                    versions.AddOrUpdate(response.JsonString("model_version") ?? "(none)", 1, (_, n) => n + 1);
                }
                else
                {
                    unscoredWhy.Add(
                        response.Status == 200 ? "200 without a probability in [0, 1]" : response.Describe());
                }
            });

        var scored = Enumerable.Range(0, sample.Count).Where(i => probabilities[i] is not null).ToArray();
        var unscored = sample.Count - scored.Length;
        var unscoredText = unscored == 0 ? "0 unscored" : $"{unscored} unscored ({Figure.Tally(unscoredWhy)})";
        var labels = scored.Select(i => sample[i].Defaulted).ToArray();
        var defaults = labels.Count(label => label);
        var expected = $"AUC at least {Figure.Decimal(options.MinimumAuc, 2)}, under {Figure.Percent(options.MaxErrorRate)} of the sample unscored";
        var figures = new Dictionary<string, double>
        {
            ["sample"] = sample.Count,
            ["unscored"] = unscored,
            ["defaults"] = defaults,
        };

        if (defaults == 0 || defaults == labels.Length)
        {
            var measured = $"{scored.Length} of {sample.Count} loans scored, too few to measure an AUC; {unscoredText}";
            return CheckResult.Failed(Name, measured, expected, figures);
        }

        var auc = BinaryMetrics.Auc([.. scored.Select(i => probabilities[i]!.Value)], labels);
        figures["auc"] = auc;
        var models = string.Join(", ", versions.OrderByDescending(pair => pair.Value).Select(pair => pair.Key));

        return CheckResult.Judged(
            Name,
            auc >= options.MinimumAuc && (double)unscored / sample.Count < options.MaxErrorRate,
            $"AUC {Figure.Decimal(auc, 4)} on {Figure.Count(scored.Length)} held-out loans ({Figure.Count(defaults)} defaults), " +
            $"{unscoredText}, model {models}",
            expected,
            figures);
    }
}
