using CreditSmart.Scoring.Features;
using CreditSmart.Scoring.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CreditSmart.Trainer;

/// <summary>
/// A trained chain as it will be saved: featurization, calibrated predictor and feature
/// contributions, with the context that trained it.
/// </summary>
internal sealed class FittedModel(
    MLContext ml,
    ITransformer model,
    DataViewSchema inputSchema,
    int slotCount,
    IReadOnlyList<string> numericColumns)
{
    public MLContext Context { get; } = ml;

    public ITransformer Model { get; } = model;

    public DataViewSchema InputSchema { get; } = inputSchema;

    /// <summary>The width of the <c>Features</c> vector, and so of the contributions.</summary>
    public int SlotCount { get; } = slotCount;

    /// <summary>The numeric columns the model uses: all but those the sign check dropped.</summary>
    public IReadOnlyList<string> NumericColumns { get; } = numericColumns;

    public IReadOnlyList<string> DroppedColumns =>
        [.. FeatureColumns.Numeric.Except(NumericColumns)];

    public double[] Probabilities(IReadOnlyList<ModelInput> rows)
    {
        // Only the probability column is read, so the contributions are never computed here.
        var scored = Model.Transform(Context.Data.LoadFromEnumerable(rows));
        return [.. scored.GetColumn<float>(nameof(ModelOutput.Probability)).Select(p => (double)p)];
    }

    public IReadOnlyList<ModelOutput> Outputs(IReadOnlyList<ModelInput> rows)
    {
        var scored = Model.Transform(Context.Data.LoadFromEnumerable(rows));
        return [.. Context.Data.CreateEnumerable<ModelOutput>(scored, reuseRowObject: false)];
    }

    public void Save(string path) => Context.Model.Save(Model, InputSchema, path);

    public static int FeatureWidth(IDataView featurized) =>
        ((VectorDataViewType)featurized.Schema[FeatureColumns.Features].Type).Size;
}
