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

    public static IEstimator<ITransformer> Featurize(MLContext ml)
    {
        string[] categoricalOutputs = [.. FeatureColumns.Categorical];

        return ml.Transforms.ReplaceMissingValues(
                FeatureColumns.EmploymentYears,
                replacementMode: MissingValueReplacingEstimator.ReplacementMode.Mean)
            .Append(ml.Transforms.Categorical.OneHotEncoding(
                [.. FeatureColumns.Categorical.Select(column => new InputOutputColumnPair(column))]))
            .Append(ml.Transforms.Concatenate(
                FeatureColumns.Features,
                [.. FeatureColumns.Numeric, .. categoricalOutputs]))
            // Centred on the training mean, so a linear model's contributions read as
            // "compared with the average applicant" rather than "compared with zero".
            .Append(ml.Transforms.NormalizeMeanVariance(FeatureColumns.Features, fixZero: false));
    }
}
