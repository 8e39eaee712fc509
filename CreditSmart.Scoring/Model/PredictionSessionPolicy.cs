using CreditSmart.Scoring.Features;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace CreditSmart.Scoring.Model;

/// <summary>Creates sessions for the pool; every session is fit to reuse.</summary>
internal sealed class PredictionSessionPolicy(MLContext ml, ITransformer model)
    : PooledObjectPolicy<PredictionSession>
{
    public override PredictionSession Create() =>
        new(ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model));

    public override bool Return(PredictionSession session) => true;
}
