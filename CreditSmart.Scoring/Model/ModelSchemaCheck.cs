using CreditSmart.Scoring.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CreditSmart.Scoring.Model;

/// <summary>Checks that an artifact takes the v1 features and emits what serving reads.</summary>
internal static class ModelSchemaCheck
{
    /// <summary>The first mismatch found, or null when the model fits.</summary>
    public static string? FindMismatch(DataViewSchema inputSchema, DataViewSchema outputSchema)
    {
        foreach (var name in FeatureColumns.Numeric)
        {
            if (!HasColumn(inputSchema, name, NumberDataViewType.Single))
            {
                return $"input column '{name}' is missing or not a float";
            }
        }

        foreach (var name in FeatureColumns.Categorical)
        {
            if (!HasColumn(inputSchema, name, TextDataViewType.Instance))
            {
                return $"input column '{name}' is missing or not text";
            }
        }

        if (!HasColumn(outputSchema, "Probability", NumberDataViewType.Single))
        {
            return "the model emits no calibrated 'Probability'";
        }

        var contributions = outputSchema.GetColumnOrNull(CreditRiskPipeline.ContributionsColumn);
        if (contributions?.Type is not VectorDataViewType { ItemType: NumberDataViewType })
        {
            return $"the model emits no '{CreditRiskPipeline.ContributionsColumn}' vector";
        }

        return null;
    }

    private static bool HasColumn(DataViewSchema schema, string name, DataViewType type) =>
        schema.GetColumnOrNull(name)?.Type.Equals(type) == true;
}
