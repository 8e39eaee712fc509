using System.Text;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Tests.Support;
using CreditSmart.Scoring.Validation;

namespace CreditSmart.Scoring.Tests.Validation;

public sealed class CreditApplicationReaderTests
{
    [Fact]
    public void TheSampleBodyReadsToTheExactApplication()
    {
        var result = CreditApplicationReader.Read(ApplicationBody.Sample().ToUtf8());

        var application = ReadAssert.Valid(result);
        Assert.Equal(ApplicationBody.SampleApplication, application);
    }

    [Fact]
    public void MembersReadTheSameInAnyOrder()
    {
        var body = ApplicationBody.Sample()
            .Without(FieldNames.AnnualIncome)
            .Without(FieldNames.Purpose)
            .With(FieldNames.Purpose, "\"credit_card\"")
            .With(FieldNames.AnnualIncome, "84250.5");

        var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

        Assert.Equal(ApplicationBody.SampleApplication, application);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"v1\"")]
    public void SchemaVersionIsOptionalAndV1IsAccepted(string? rawVersion)
    {
        var body = ApplicationBody.Sample();
        if (rawVersion is not null)
        {
            body.With(FieldNames.SchemaVersion, rawVersion);
        }

        var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

        Assert.Equal(ApplicationBody.SampleApplication, application);
    }

    [Theory]
    [InlineData("\"v2\"")]
    [InlineData("\"V1\"")]
    [InlineData("\"v1.0\"")]
    [InlineData("\"zzsentinel\"")]
    public void SchemaVersionOtherThanV1IsAnInvalidValue(string rawValue)
    {
        var body = ApplicationBody.Sample().With(FieldNames.SchemaVersion, rawValue);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        ReadAssert.SingleError(result, FieldNames.SchemaVersion, ErrorCodes.InvalidValue);
        ReadAssert.NeverQuotes(result, rawValue);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("987654")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("[\"v1\"]")]
    public void SchemaVersionThatIsNotAStringIsTheWrongType(string rawValue)
    {
        var body = ApplicationBody.Sample().With(FieldNames.SchemaVersion, rawValue);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        ReadAssert.SingleError(result, FieldNames.SchemaVersion, ErrorCodes.WrongType);
        ReadAssert.NeverQuotes(result, rawValue);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"credit_score\":720}]")]
    [InlineData("\"zzsentinel\"")]
    [InlineData("987654")]
    [InlineData("123457.5")]
    [InlineData("null")]
    [InlineData("true")]
    public void ARootThatIsNotAnObjectIsTheWrongTypeAtTheRoot(string body)
    {
        var result = CreditApplicationReader.Read(Encoding.UTF8.GetBytes(body));

        ReadAssert.SingleError(result, "$", ErrorCodes.WrongType);
        ReadAssert.NeverQuotes(result, body);
    }

    [Fact]
    public void EveryProblemInABodyIsReported()
    {
        var body = ApplicationBody.Sample()
            .Without(FieldNames.CreditScore)
            .Set(FieldNames.AnnualIncome, "\"987654\"")
            .Set(FieldNames.MonthlyDebt, "1e400")
            .Set(FieldNames.LoanAmount, "987654")
            .Set(FieldNames.LoanTermMonths, "48")
            .Set(FieldNames.EmploymentLengthYears, "123457.5")
            .Set(FieldNames.HomeOwnership, "\"zzsentinel\"")
            .Set(FieldNames.Purpose, "null")
            .With(FieldNames.Inquiries6m, "987654")
            .With("zzsentinel", "987654")
            .With(FieldNames.SchemaVersion, "\"v2\"");

        var result = CreditApplicationReader.Read(body.ToUtf8());

        ReadAssert.Invalid(result);
        Assert.Equal(
            [
                "annual_income:wrong_type",
                "monthly_debt:not_finite",
                "loan_amount:out_of_range",
                "loan_term_months:invalid_value",
                "employment_length_years:not_integer",
                "home_ownership:invalid_value",
                "purpose:wrong_type",
                "inquiries_6m:duplicate_field",
                "zzsentinel:unknown_field",
                "schema_version:invalid_value",
                "credit_score:required",
            ],
            ReadAssert.Codes(result));
        ReadAssert.NeverQuotes(result, "987654");
        ReadAssert.NeverQuotes(result, "123457.5");
        ReadAssert.NeverQuotes(result, "zzsentinel");
    }

    [Fact]
    public void TheSchemaAndTheRecordCoverTheSameElevenFields()
    {
        // Guards the sample against a field added to the schema but not to the body or the record.
        Assert.Equal(FieldNames.Scored, CreditApplicationSchema.Fields.Select(field => field.Name));
        Assert.Equal(
            FieldNames.Scored.Count,
            typeof(CreditApplication).GetProperties().Length);
    }
}
