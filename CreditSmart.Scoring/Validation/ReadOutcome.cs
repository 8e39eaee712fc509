namespace CreditSmart.Scoring.Validation;

/// <summary>How reading a request body ended.</summary>
public enum ReadOutcome
{
    /// <summary>A valid application.</summary>
    Valid,

    /// <summary>Well-formed JSON that breaks the schema; see the errors.</summary>
    Invalid,

    /// <summary>Not well-formed JSON (or not UTF-8, or nested too deep).</summary>
    Malformed,
}
