using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Validation;

/// <summary>The outcome of reading one request body as a v1 application.</summary>
public sealed class ApplicationReadResult
{
    private ApplicationReadResult(ReadOutcome outcome, CreditApplication? application, IReadOnlyList<FieldError> errors)
    {
        Outcome = outcome;
        Application = application;
        Errors = errors;
    }

    public ReadOutcome Outcome { get; }

    /// <summary>Set only when <see cref="Outcome"/> is <see cref="ReadOutcome.Valid"/>.</summary>
    public CreditApplication? Application { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public static ApplicationReadResult Valid(CreditApplication application) =>
        new(ReadOutcome.Valid, application, []);

    public static ApplicationReadResult Invalid(IReadOnlyList<FieldError> errors) =>
        new(ReadOutcome.Invalid, null, errors);

    public static ApplicationReadResult Malformed { get; } = new(ReadOutcome.Malformed, null, []);
}
