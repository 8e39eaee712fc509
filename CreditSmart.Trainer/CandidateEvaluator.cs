using CreditSmart.Scoring.Evaluation;

namespace CreditSmart.Trainer;

/// <summary>Fits and scores every candidate the same way.</summary>
internal static class CandidateEvaluator
{
    /// <summary>The results, best validation AUC first: the order in which candidates may ship.</summary>
    public static IReadOnlyList<CandidateResult> EvaluateAll(IEnumerable<Candidate> candidates, TrainingData data)
    {
        var results = candidates.Select(candidate => Evaluate(candidate, data)).ToList();
        return [.. results.OrderByDescending(result => result.Validation.Auc)];
    }

    private static CandidateResult Evaluate(Candidate candidate, TrainingData data)
    {
        var selectionModel = candidate.Fit(data.SelectionFit.Rows);
        var validation = BinaryMetrics.Evaluate(
            selectionModel.Probabilities(data.Validation.Rows),
            data.Validation.Labels);

        var refit = candidate.Fit(data.Train.Rows);
        var testProbabilities = refit.Probabilities(data.Test.Rows);
        var test = BinaryMetrics.Evaluate(testProbabilities, data.Test.Labels);

        Console.WriteLine(
            $"  {candidate.Name,-24} validation AUC {validation.Auc:F4}   test AUC {test.Auc:F4}");
        return new CandidateResult(candidate, validation, test, refit, testProbabilities);
    }
}
