using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Tests.Support;
using CreditSmart.Scoring.Validation;

namespace CreditSmart.Scoring.Tests.Validation;

public sealed class CreditApplicationReaderFieldNameTests
{
    public static TheoryData<string> ScoredFields => [.. FieldNames.Scored];

    public static TheoryData<string> EveryKey => [.. FieldNames.Scored, FieldNames.SchemaVersion];

    [Theory]
    [MemberData(nameof(ScoredFields))]
    public void EachMissingFieldIsRequiredByName(string field)
    {
        var body = ApplicationBody.Sample().Without(field);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        var error = ReadAssert.SingleError(result, field, ErrorCodes.Required);
        Assert.NotEmpty(error.Message);
    }

    [Fact]
    public void AnEmptyObjectRequiresEveryScoredFieldInSchemaOrder()
    {
        var result = CreditApplicationReader.Read("{}"u8.ToArray());

        ReadAssert.Invalid(result);
        Assert.Equal(
            FieldNames.Scored.Select(field => $"{field}:{ErrorCodes.Required}"),
            ReadAssert.Codes(result));
    }

    [Theory]
    [InlineData("zzsentinel", "987654")]
    [InlineData("ssn", "\"zzsentinel\"")]
    [InlineData("income", "123457.5")]
    [InlineData("annual_income_usd", "987654")]
    [InlineData("notes", "{\"text\":\"zzsentinel\"}")]
    public void AnUnknownFieldIsRejectedWithoutQuotingItsValue(string key, string rawValue)
    {
        var body = ApplicationBody.Sample().With(key, rawValue);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        var error = ReadAssert.SingleError(result, key, ErrorCodes.UnknownField);
        Assert.DoesNotContain("Did you mean", error.Message, StringComparison.Ordinal);
        ReadAssert.NeverQuotes(result, rawValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("annual income")]
    [InlineData("zz sentinel 987654")]
    [InlineData("credit_score\\n")]
    [InlineData("987654")]
    [InlineData("x987654")]
    [InlineData("_987")]
    [InlineData("ssn-123-45-6789")]
    public void AnUnknownKeyThatIsNotAPlainTokenIsReportedAtTheRoot(string key)
    {
        var body = ApplicationBody.Sample().With(key, "1");

        var result = CreditApplicationReader.Read(body.ToUtf8());

        var error = ReadAssert.SingleError(result, "$", ErrorCodes.UnknownField);
        Assert.DoesNotContain("987654", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Annual_Income", FieldNames.AnnualIncome)]
    [InlineData("annualIncome", FieldNames.AnnualIncome)]
    [InlineData("ANNUAL_INCOME", FieldNames.AnnualIncome)]
    [InlineData("annual-income", FieldNames.AnnualIncome)]
    [InlineData("MonthlyDebt", FieldNames.MonthlyDebt)]
    [InlineData("Credit_Score", FieldNames.CreditScore)]
    [InlineData("loanAmount", FieldNames.LoanAmount)]
    [InlineData("LOAN_TERM_MONTHS", FieldNames.LoanTermMonths)]
    [InlineData("employmentLengthYears", FieldNames.EmploymentLengthYears)]
    [InlineData("HomeOwnership", FieldNames.HomeOwnership)]
    [InlineData("Purpose", FieldNames.Purpose)]
    [InlineData("number-of-open-accounts", FieldNames.NumberOfOpenAccounts)]
    [InlineData("Delinquencies_2Y", FieldNames.Delinquencies2y)]
    [InlineData("inquiries6m", FieldNames.Inquiries6m)]
    public void AKeyInAnotherCaseOrSpellingIsUnknownWithASuggestionAndTheRealFieldIsRequired(
        string key, string field)
    {
        var body = ApplicationBody.Sample().Rename(field, key);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        ReadAssert.Invalid(result);
        Assert.Equal(
            [$"{key}:{ErrorCodes.UnknownField}", $"{field}:{ErrorCodes.Required}"],
            ReadAssert.Codes(result));
        Assert.Contains($"'{field}'", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anual_income", FieldNames.AnnualIncome)]
    [InlineData("credit_scor", FieldNames.CreditScore)]
    [InlineData("monthly_dept", FieldNames.MonthlyDebt)]
    [InlineData("purpse", FieldNames.Purpose)]
    public void AKeyTwoLettersOffOneFieldSuggestsThatField(string key, string field)
    {
        var body = ApplicationBody.Sample().Rename(field, key);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        Assert.Equal(
            [$"{key}:{ErrorCodes.UnknownField}", $"{field}:{ErrorCodes.Required}"],
            ReadAssert.Codes(result));
        Assert.Contains($"Did you mean '{field}'?", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("loan")]
    [InlineData("zzsentinel")]
    [InlineData("applicant_reference_number")]
    public void AKeyFarFromEveryFieldGetsNoSuggestion(string key)
    {
        var body = ApplicationBody.Sample().With(key, "1");

        var result = CreditApplicationReader.Read(body.ToUtf8());

        var error = ReadAssert.SingleError(result, key, ErrorCodes.UnknownField);
        Assert.DoesNotContain("Did you mean", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Schema_Version")]
    [InlineData("schemaVersion")]
    [InlineData("SCHEMA_VERSION")]
    public void SchemaVersionInAnotherCaseIsUnknownWithASuggestionButNotRequired(string key)
    {
        var body = ApplicationBody.Sample().With(key, "\"v1\"");

        var result = CreditApplicationReader.Read(body.ToUtf8());

        var error = ReadAssert.SingleError(result, key, ErrorCodes.UnknownField);
        Assert.Contains($"'{FieldNames.SchemaVersion}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryKey))]
    public void ADuplicateKeyIsReportedOnceWithoutQuotingEitherValue(string key)
    {
        var body = ApplicationBody.Sample();
        if (key == FieldNames.SchemaVersion)
        {
            body.With(key, "\"v1\"");
        }

        body.With(key, "\"zzsentinel\"");

        var result = CreditApplicationReader.Read(body.ToUtf8());

        var error = ReadAssert.SingleError(result, key, ErrorCodes.DuplicateField);
        Assert.NotEmpty(error.Message);
        ReadAssert.NeverQuotes(result, "zzsentinel");
    }

    [Fact]
    public void ADuplicateWithTheSameValueIsStillADuplicate()
    {
        var body = ApplicationBody.Sample().With(FieldNames.CreditScore, "712");

        var result = CreditApplicationReader.Read(body.ToUtf8());

        ReadAssert.SingleError(result, FieldNames.CreditScore, ErrorCodes.DuplicateField);
    }

    [Fact]
    public void AKeyWrittenWithEscapesIsTheSameKey()
    {
        var escaped = ApplicationBody.Sample().Rename(FieldNames.CreditScore, "credit\\u005fscore");
        var duplicated = ApplicationBody.Sample().With("credit\\u005fscore", "987654");

        var application = ReadAssert.Valid(CreditApplicationReader.Read(escaped.ToUtf8()));
        var duplicate = CreditApplicationReader.Read(duplicated.ToUtf8());

        Assert.Equal(ApplicationBody.SampleApplication, application);
        ReadAssert.SingleError(duplicate, FieldNames.CreditScore, ErrorCodes.DuplicateField);
        ReadAssert.NeverQuotes(duplicate, "987654");
    }
}
