namespace CreditSmart.Scoring.Validation;

/// <summary>
/// One problem with one field. The message says what is accepted and never repeats the
/// submitted value: applications carry personal finances.
/// </summary>
public sealed record FieldError(string Field, string Code, string Message);
