namespace CreditSmart.Scoring.Applications;

/// <summary>
/// The contract of one v1 field: its kind, its accepted range or values, and what it means.
/// Validation, the OpenAPI document and the README all read these, so they cannot drift apart.
/// </summary>
public sealed record FieldSpec(
    string Name,
    FieldKind Kind,
    string Description,
    double Minimum = 0,
    double Maximum = 0,
    IReadOnlyList<string>? AllowedValues = null)
{
    public IReadOnlyList<string> AllowedValues { get; } = AllowedValues ?? [];

    public bool IsInRange(double value) => value >= Minimum && value <= Maximum;

    /// <summary>True when the field has no value list, or lists this one.</summary>
    public bool Allows(string value) =>
        AllowedValues.Count == 0 || AllowedValues.Contains(value, StringComparer.Ordinal);
}
