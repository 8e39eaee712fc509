using CreditSmart.Scoring.Features;
using Microsoft.ML.Trainers;

namespace CreditSmart.Trainer;

/// <summary>
/// Finds the numeric features a linear model weighs against credit sense (for example, risk
/// falling as late payments rise). Scorecard practice removes such features rather than explain
/// a score with them; tree models carry no single sign per feature and are not checked.
/// </summary>
internal static class SignCheck
{
    public static IReadOnlyList<string> WrongWayColumns(object predictor, IReadOnlyList<string> numericColumns)
    {
        if (predictor is not LinearModelParameters linear)
        {
            return [];
        }

        // The numeric columns fill the first slots of the feature vector, one slot each.
        var weights = linear.Weights;
        var wrongWay = new List<string>();
        for (var slot = 0; slot < numericColumns.Count; slot++)
        {
            var column = numericColumns[slot];
            if (FeatureColumns.ExpectedDirection.TryGetValue(column, out var expected)
                && weights[slot] != 0
                && Math.Sign(weights[slot]) != expected)
            {
                wrongWay.Add(column);
            }
        }

        return wrongWay;
    }
}
