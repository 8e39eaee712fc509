namespace CreditSmart.Scoring.Evaluation;

/// <summary>
/// How well predicted default probabilities rank and match observed defaults. Computed here
/// rather than taken from ML.NET so the trainer, tests and benchmarks judge every model,
/// including one served over HTTP, by the same arithmetic.
/// </summary>
/// <remarks>
/// Every method takes the probabilities and labels as parallel lists and throws
/// <see cref="ArgumentException"/> when they differ in length, are empty, or hold a probability
/// outside [0, 1]. A label is true for a loan that defaulted.
/// </remarks>
public static class BinaryMetrics
{
    /// <summary>The number of bins in <see cref="CalibrationByDecile"/>.</summary>
    public const int Deciles = 10;

    // Keeps log-loss finite when a model is certain and wrong.
    private const double ProbabilityClip = 1e-15;

    /// <summary>
    /// Area under the ROC curve: the chance that a random default is scored above a random
    /// repaid loan. Computed from ranks, tied probabilities sharing their average rank, so a
    /// tie counts as half.
    /// </summary>
    /// <exception cref="ArgumentException">The labels are all one class.</exception>
    public static double Auc(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        var order = AscendingOrder(probabilities, labels);

        double positiveRankSum = 0;
        long positives = 0;
        foreach (var (first, last) in TieGroups(order, probabilities))
        {
            // Ranks count from 1; a tie group from position first to last shares their mean.
            var averageRank = (first + last) / 2.0 + 1;
            for (var i = first; i <= last; i++)
            {
                if (labels[order[i]])
                {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
        }

        long negatives = order.Length - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException("AUC needs at least one default and one repaid loan.", nameof(labels));
        }

        var positivePairsWon = positiveRankSum - positives * (positives + 1) / 2.0;
        return positivePairsWon / (positives * (double)negatives);
    }

    /// <summary>Mean negative log-likelihood in nats; probabilities are clipped to [1e-15, 1 - 1e-15].</summary>
    public static double LogLoss(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        Check(probabilities, labels);

        double total = 0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = Math.Clamp(probabilities[i], ProbabilityClip, 1 - ProbabilityClip);
            total -= labels[i] ? Math.Log(p) : Math.Log(1 - p);
        }

        return total / probabilities.Count;
    }

    /// <summary>Mean squared difference between the probability and the outcome (1 or 0).</summary>
    public static double Brier(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        Check(probabilities, labels);

        double total = 0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var error = probabilities[i] - (labels[i] ? 1 : 0);
            total += error * error;
        }

        return total / probabilities.Count;
    }

    /// <summary>
    /// Kolmogorov-Smirnov statistic: the widest gap between the cumulative distributions of
    /// probabilities among defaults and among repaid loans, over every cut-off.
    /// </summary>
    /// <exception cref="ArgumentException">The labels are all one class.</exception>
    public static double KolmogorovSmirnov(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        var order = AscendingOrder(probabilities, labels);
        var positives = labels.Count(label => label);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            throw new ArgumentException("KS needs at least one default and one repaid loan.", nameof(labels));
        }

        double positivesBelow = 0;
        double negativesBelow = 0;
        double widest = 0;
        foreach (var (first, last) in TieGroups(order, probabilities))
        {
            // A cut-off cannot split tied probabilities, so the gap is measured after each group.
            for (var i = first; i <= last; i++)
            {
                if (labels[order[i]])
                {
                    positivesBelow++;
                }
                else
                {
                    negativesBelow++;
                }
            }

            widest = Math.Max(widest, Math.Abs(negativesBelow / negatives - positivesBelow / positives));
        }

        return widest;
    }

    /// <summary>AUC, log-loss, Brier score and KS of the same rows, as one record.</summary>
    public static ClassifierMetrics Evaluate(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels) =>
        new(
            Auc(probabilities, labels),
            LogLoss(probabilities, labels),
            Brier(probabilities, labels),
            KolmogorovSmirnov(probabilities, labels));

    /// <summary>
    /// Rows sorted by probability and cut into ten bins of as near equal size as the count
    /// allows, lowest probabilities first. Tied probabilities keep their input order, so the
    /// table is reproducible. Empty bins (fewer than ten rows) are left out.
    /// </summary>
    public static IReadOnlyList<CalibrationBin> CalibrationByDecile(
        IReadOnlyList<double> probabilities,
        IReadOnlyList<bool> labels)
    {
        var order = AscendingOrder(probabilities, labels);
        var bins = new List<CalibrationBin>(Deciles);

        for (var decile = 0; decile < Deciles; decile++)
        {
            var start = (int)((long)decile * order.Length / Deciles);
            var end = (int)((long)(decile + 1) * order.Length / Deciles);
            if (end == start)
            {
                continue;
            }

            double predicted = 0;
            var defaults = 0;
            for (var i = start; i < end; i++)
            {
                predicted += probabilities[order[i]];
                defaults += labels[order[i]] ? 1 : 0;
            }

            var count = end - start;
            bins.Add(new CalibrationBin(
                decile + 1,
                count,
                defaults,
                predicted / count,
                (double)defaults / count,
                probabilities[order[start]],
                probabilities[order[end - 1]]));
        }

        return bins;
    }

    private static int[] AscendingOrder(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        Check(probabilities, labels);

        // OrderBy is a stable sort: ties stay in input order.
        return [.. Enumerable.Range(0, probabilities.Count).OrderBy(i => probabilities[i])];
    }

    // Runs of equal probability in sorted order, as inclusive (first, last) positions.
    private static IEnumerable<(int First, int Last)> TieGroups(int[] order, IReadOnlyList<double> probabilities)
    {
        var first = 0;
        while (first < order.Length)
        {
            var last = first;
            while (last + 1 < order.Length && probabilities[order[last + 1]] == probabilities[order[first]])
            {
                last++;
            }

            yield return (first, last);
            first = last + 1;
        }
    }

    private static void Check(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);

        if (probabilities.Count != labels.Count)
        {
            throw new ArgumentException(
                $"There are {probabilities.Count} probabilities but {labels.Count} labels.", nameof(labels));
        }

        if (probabilities.Count == 0)
        {
            throw new ArgumentException("There are no rows to evaluate.", nameof(probabilities));
        }

        for (var i = 0; i < probabilities.Count; i++)
        {
            if (!(probabilities[i] >= 0 && probabilities[i] <= 1))
            {
                throw new ArgumentException(
                    $"Probability {probabilities[i]} at index {i} is not in [0, 1].", nameof(probabilities));
            }
        }
    }
}
