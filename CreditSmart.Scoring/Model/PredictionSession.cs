using CreditSmart.Scoring.Features;
using Microsoft.ML;

namespace CreditSmart.Scoring.Model;

/// <summary>
/// A prediction engine with its own input and output rows. Engines are not thread-safe, so each
/// session is used by one request at a time and goes back to the pool afterwards; reusing the
/// rows keeps a prediction free of per-call buffers.
/// </summary>
internal sealed class PredictionSession(PredictionEngine<ModelInput, ModelOutput> engine)
{
    public PredictionEngine<ModelInput, ModelOutput> Engine { get; } = engine;

    public ModelInput Input { get; } = new();

    public ModelOutput Output = new();
}
