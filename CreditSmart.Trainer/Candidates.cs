using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Features;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace CreditSmart.Trainer;

/// <summary>
/// The trainers compared. The tree settings are deliberately modest (few shallow trees, a slow
/// learning rate, at least 50 loans a leaf): the data has a dozen features and a weak signal,
/// and anything larger learns noise. Every trainer runs on one thread so that results repeat.
/// </summary>
internal static class Candidates
{
    private const int Trees = 200;
    private const int Leaves = 16;
    private const int MinimumLoansPerLeaf = 50;
    // Settings are kept as doubles so the metadata records 0.05, not the float nearest to it.
    private const double LearningRate = 0.05;
    private const double L1Regularization = 0;
    private const double L2Regularization = 1;
    private const double OptimizationTolerance = 1e-7;

    public static IReadOnlyList<Candidate> All { get; } = [LogisticRegression(), FastTree(), LightGbm()];

    private static Candidate LogisticRegression()
    {
        var options = new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = FeatureColumns.Label,
            FeatureColumnName = FeatureColumns.Features,
            L1Regularization = (float)L1Regularization,
            L2Regularization = (float)L2Regularization,
            OptimizationTolerance = (float)OptimizationTolerance,
            NumberOfThreads = 1,
        };

        return Candidate.Create(
            "LbfgsLogisticRegression",
            new Dictionary<string, double>
            {
                ["l1_regularization"] = L1Regularization,
                ["l2_regularization"] = L2Regularization,
                ["optimization_tolerance"] = OptimizationTolerance,
                ["number_of_threads"] = 1,
            },
            ExplanationMethods.Linear,
            ml => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(options));
    }

    private static Candidate FastTree()
    {
        var options = new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = FeatureColumns.Label,
            FeatureColumnName = FeatureColumns.Features,
            NumberOfTrees = Trees,
            NumberOfLeaves = Leaves,
            MinimumExampleCountPerLeaf = MinimumLoansPerLeaf,
            LearningRate = (float)LearningRate,
            Seed = Candidate.Seed,
            FeatureSelectionSeed = Candidate.Seed,
            NumberOfThreads = 1,
        };

        return Candidate.Create(
            "FastTree",
            TreeSettings(),
            ExplanationMethods.TreePath,
            ml => ml.BinaryClassification.Trainers.FastTree(options));
    }

    private static Candidate LightGbm()
    {
        var options = new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = FeatureColumns.Label,
            FeatureColumnName = FeatureColumns.Features,
            NumberOfIterations = Trees,
            NumberOfLeaves = Leaves,
            MinimumExampleCountPerLeaf = MinimumLoansPerLeaf,
            LearningRate = (float)LearningRate,
            Seed = Candidate.Seed,
            Deterministic = true,
            NumberOfThreads = 1,
        };

        return Candidate.Create(
            "LightGbm",
            TreeSettings(),
            ExplanationMethods.TreePath,
            ml => ml.BinaryClassification.Trainers.LightGbm(options));
    }

    private static Dictionary<string, double> TreeSettings() => new()
    {
        ["number_of_trees"] = Trees,
        ["number_of_leaves"] = Leaves,
        ["minimum_example_count_per_leaf"] = MinimumLoansPerLeaf,
        ["learning_rate"] = LearningRate,
        ["seed"] = Candidate.Seed,
        ["number_of_threads"] = 1,
    };
}
