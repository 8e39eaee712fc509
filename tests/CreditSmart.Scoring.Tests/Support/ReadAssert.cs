using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Validation;

namespace CreditSmart.Scoring.Tests.Support;

/// <summary>Assertions on <see cref="ApplicationReadResult"/> that print every error when they fail.</summary>
internal static class ReadAssert
{
    public static CreditApplication Valid(ApplicationReadResult result)
    {
        Assert.True(
            result.Outcome == ReadOutcome.Valid,
            $"Expected a valid read, got {result.Outcome}: {Describe(result)}");
        Assert.Empty(result.Errors);
        return Assert.IsType<CreditApplication>(result.Application);
    }

    /// <summary>Asserts the read is invalid for exactly one reason, and returns it.</summary>
    public static FieldError SingleError(ApplicationReadResult result, string field, string code)
    {
        Invalid(result);
        Assert.Equal([$"{field}:{code}"], Codes(result));
        return result.Errors[0];
    }

    public static void Invalid(ApplicationReadResult result)
    {
        Assert.True(
            result.Outcome == ReadOutcome.Invalid,
            $"Expected an invalid read, got {result.Outcome}: {Describe(result)}");
        Assert.Null(result.Application);
        Assert.NotEmpty(result.Errors);
    }

    public static void Malformed(ApplicationReadResult result, string caseName)
    {
        Assert.True(
            result.Outcome == ReadOutcome.Malformed,
            $"Expected {caseName} to read as malformed, got {result.Outcome}: {Describe(result)}");
        Assert.Null(result.Application);
        Assert.Empty(result.Errors);
    }

    /// <summary>Asserts no message repeats the submitted value, quoted or not.</summary>
    public static void NeverQuotes(ApplicationReadResult result, string submittedValue)
    {
        var bare = submittedValue.Trim('"');
        if (bare.Length == 0)
        {
            throw new ArgumentException("An empty value is in every message; pick a distinctive one.");
        }

        foreach (var error in result.Errors)
        {
            Assert.NotEmpty(error.Message);
            Assert.DoesNotContain(bare, error.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Every error as "field:code", in the order the reader reported them.</summary>
    public static IReadOnlyList<string> Codes(ApplicationReadResult result) =>
        [.. result.Errors.Select(error => $"{error.Field}:{error.Code}")];

    private static string Describe(ApplicationReadResult result) =>
        result.Errors.Count == 0
            ? "no errors"
            : string.Join("; ", result.Errors.Select(error => $"{error.Field}:{error.Code} ({error.Message})"));
}
