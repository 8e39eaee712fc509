namespace CreditSmart.Scoring.Validation;

/// <summary>The stable, documented codes of <see cref="FieldError"/>.</summary>
public static class ErrorCodes
{
    public const string Required = "required";
    public const string UnknownField = "unknown_field";
    public const string DuplicateField = "duplicate_field";
    public const string WrongType = "wrong_type";
    public const string NotFinite = "not_finite";
    public const string NotInteger = "not_integer";
    public const string OutOfRange = "out_of_range";
    public const string InvalidValue = "invalid_value";

    /// <summary>Every code, for documentation and for metrics that must not take free text.</summary>
    public static readonly IReadOnlyList<string> All =
        [Required, UnknownField, DuplicateField, WrongType, NotFinite, NotInteger, OutOfRange, InvalidValue];
}
