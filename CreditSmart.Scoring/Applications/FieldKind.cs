namespace CreditSmart.Scoring.Applications;

/// <summary>What JSON a field takes.</summary>
public enum FieldKind
{
    /// <summary>A finite JSON number.</summary>
    Number,

    /// <summary>A JSON number with no fractional part.</summary>
    Integer,

    /// <summary>One of a fixed set of strings, matched exactly.</summary>
    Category,
}
