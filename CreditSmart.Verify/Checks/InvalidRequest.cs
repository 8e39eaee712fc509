namespace CreditSmart.Verify.Checks;

/// <summary>
/// A request the API must refuse, and the refusal the README documents for it. A null
/// <see cref="ContentType"/> sends the body without one.
/// </summary>
public sealed record InvalidRequest(
    string Label,
    string Method,
    string Path,
    string? ContentType,
    string? Body,
    int ExpectedStatus,
    string ExpectedType,
    string? ExpectedField = null,
    string? ExpectedCode = null);
