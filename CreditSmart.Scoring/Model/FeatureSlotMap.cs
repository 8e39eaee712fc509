using CreditSmart.Scoring.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CreditSmart.Scoring.Model;

/// <summary>
/// Which v1 field each slot of the model's feature vector speaks for, read from the slot names
/// the pipeline wrote ("CreditScore", "HomeOwnership.RENT", ...).
/// </summary>
internal sealed class FeatureSlotMap
{
    private readonly string[] _fieldBySlot;

    private FeatureSlotMap(string[] fieldBySlot)
    {
        _fieldBySlot = fieldBySlot;
    }

    public int SlotCount => _fieldBySlot.Length;

    public string FieldOf(int slot) => _fieldBySlot[slot];

    /// <summary>Null when the schema has no named feature slots, or a slot no v1 field owns.</summary>
    public static FeatureSlotMap? FromSchema(DataViewSchema outputSchema)
    {
        var column = outputSchema.GetColumnOrNull(FeatureColumns.Features);
        if (column is null || !column.Value.HasSlotNames())
        {
            return null;
        }

        var names = default(VBuffer<ReadOnlyMemory<char>>);
        column.Value.GetSlotNames(ref names);

        var fields = new List<string>();
        foreach (var name in names.DenseValues())
        {
            var text = name.ToString();
            var dot = text.IndexOf('.');
            var featureColumn = dot < 0 ? text : text[..dot];
            if (!FeatureColumns.FieldOf.TryGetValue(featureColumn, out var field))
            {
                return null;
            }

            fields.Add(field);
        }

        return new FeatureSlotMap([.. fields]);
    }
}
