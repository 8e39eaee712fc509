using CreditSmart.Scoring.Features;
using Microsoft.ML;
using Microsoft.ML.Transforms;

namespace CreditSmart.Scoring.Model;

/// <summary>
/// The featurization every CreditSmart model shares. A trainer and the feature contribution
/// calculation are appended by the trainer program; the saved artifact holds all three.
/// </summary>
public static class CreditRiskPipeline
{
    public const string ContributionsColumn = "FeatureContributions";

    /// <param name="numericColumns">The numeric columns to use; all of <see cref="FeatureColumns.Numeric"/> by default.</param>
    public static IEstimator<ITransformer> Featurize(MLContext ml, IReadOnlyList<string>? numericColumns = null)
    {
        string[] categoricalOutputs = [.. FeatureColumns.Categorical];
        string[] numericOutputs = [.. numericColumns ?? FeatureColumns.Numeric];

        return ml.Transforms.ReplaceMissingValues(
                FeatureColumns.EmploymentYears,
                replacementMode: MissingValueReplacingEstimator.ReplacementMode.Mean)
            .Append(ml.Transforms.Categorical.OneHotEncoding(
                [.. FeatureColumns.Categorical.Select(column => new InputOutputColumnPair(column))]))
            .Append(ml.Transforms.Concatenate(
                FeatureColumns.Features,
                [.. numericOutputs, .. categoricalOutputs]))
            // Centred on the training mean, so a linear model's contributions read as
            // "compared with the average applicant" rather than "compared with zero".
            .Append(ml.Transforms.NormalizeMeanVariance(FeatureColumns.Features, fixZero: false));
    }
}
