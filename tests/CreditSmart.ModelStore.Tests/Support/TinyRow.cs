namespace CreditSmart.ModelStore.Tests.Support;

/// <summary>The input of a model trained on a schema that is not v1.</summary>
public sealed class TinyRow
{
    public float X { get; set; }

    public bool Label { get; set; }
}
