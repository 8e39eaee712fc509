using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Features;
using CreditSmart.Scoring.Model;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CreditSmart.Trainer;

/// <summary>
/// One trainer the program may ship, with its settings and how its contributions read.
/// Each fit gets a fresh seeded context, so a candidate's result does not depend on which
/// candidates ran before it.
/// </summary>
internal sealed class Candidate
{
    public const int Seed = 42;

    private readonly Func<MLContext, IDataView, FittedModel> _fit;

    private Candidate(
        string name,
        IReadOnlyDictionary<string, double> settings,
        string explanationMethod,
        Func<MLContext, IDataView, FittedModel> fit)
    {
        Name = name;
        Settings = settings;
        ExplanationMethod = explanationMethod;
        _fit = fit;
    }

    public string Name { get; }

    public IReadOnlyDictionary<string, double> Settings { get; }

    public string ExplanationMethod { get; }

    public bool IsLinear => ExplanationMethod == ExplanationMethods.Linear;

    public FittedModel Fit(IReadOnlyList<ModelInput> rows)
    {
        var ml = new MLContext(seed: Seed);
        return _fit(ml, ml.Data.LoadFromEnumerable(rows));
    }

    /// <summary>
    /// A candidate from a calibrated binary trainer. The type parameter lets the contribution
    /// step take the trained predictor as it is, whatever the trainer.
    /// </summary>
    public static Candidate Create<TModel>(
        string name,
        IReadOnlyDictionary<string, double> settings,
        string explanationMethod,
        Func<MLContext, IEstimator<
            BinaryPredictionTransformer<CalibratedModelParametersBase<TModel, PlattCalibrator>>>> trainer)
        where TModel : class, ICalculateFeatureContribution
    {
        return new Candidate(name, settings, explanationMethod, (ml, data) =>
        {
            var numericColumns = FeatureColumns.Numeric.ToList();
            while (true)
            {
                var featurizer = CreditRiskPipeline.Featurize(ml, numericColumns).Fit(data);
                var features = featurizer.Transform(data);
                var predictor = trainer(ml).Fit(features);

                // A linear weight against credit sense makes the key factors say false things,
                // so the feature goes and the model is refit without it.
                var wrongWay = SignCheck.WrongWayColumns(predictor.Model.SubModel, numericColumns);
                if (wrongWay.Count > 0)
                {
                    numericColumns.RemoveAll(wrongWay.Contains);
                    continue;
                }

                var slots = FittedModel.FeatureWidth(features);

                // Every slot's contribution, positive or negative, in score units: the API picks the
                // key factors itself and needs them comparable across applications.
                var contributions = ml.Transforms
                    .CalculateFeatureContribution(
                        predictor,
                        numberOfPositiveContributions: slots,
                        numberOfNegativeContributions: slots,
                        normalize: false)
                    .Fit(predictor.Transform(features));

                var chain = new TransformerChain<ITransformer>(featurizer, predictor, contributions);
                return new FittedModel(ml, chain, data.Schema, slots, numericColumns);
            }
        });
    }
}
