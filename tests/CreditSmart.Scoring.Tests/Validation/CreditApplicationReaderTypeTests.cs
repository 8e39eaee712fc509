using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Tests.Support;
using CreditSmart.Scoring.Validation;

namespace CreditSmart.Scoring.Tests.Validation;

public sealed class CreditApplicationReaderTypeTests
{
    private static readonly string[] s_notJsonNumbers =
    [
        "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"720\"", "\"987654\"", "\"zzsentinel\"",
        "null", "true", "false", "[]", "{}", "[987654]", "{\"value\":987654}",
    ];

    private static readonly string[] s_notJsonStrings =
    [
        "987654", "123457.5", "null", "true", "[]", "{}", "[\"zzsentinel\"]",
    ];

    private static readonly string[] s_overflowing =
    [
        "1e400", "-1e400", "1e309", "-1.8e308", "1" + new string('9', 400),
    ];

    public static TheoryData<string, string> NotJsonNumbers =>
        Combine(NumericFields(), s_notJsonNumbers);

    public static TheoryData<string, string> NotJsonStrings =>
        Combine(CategoryFields(), s_notJsonStrings);

    public static TheoryData<string, string> Overflowing =>
        Combine(NumericFields(), s_overflowing);

    public static TheoryData<string, string> Fractions => new()
    {
        { FieldNames.CreditScore, "720.5" },
        { FieldNames.CreditScore, "123457.5" },
        { FieldNames.LoanTermMonths, "36.5" },
        { FieldNames.LoanTermMonths, "59.999" },
        { FieldNames.EmploymentLengthYears, "0.5" },
        { FieldNames.EmploymentLengthYears, "7.25" },
        { FieldNames.NumberOfOpenAccounts, "0.5" },
        { FieldNames.NumberOfOpenAccounts, "-123457.5" },
        { FieldNames.Delinquencies2y, "0.5" },
        { FieldNames.Delinquencies2y, "1.5e0" },
        { FieldNames.Inquiries6m, "0.5" },
        { FieldNames.Inquiries6m, "2.000001" },
    };

    [Theory]
    [MemberData(nameof(NotJsonNumbers))]
    public void AnythingButAJsonNumberInANumericFieldIsTheWrongType(string field, string rawValue)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        ReadAssert.SingleError(result, field, ErrorCodes.WrongType);
        ReadAssert.NeverQuotes(result, rawValue);
    }

    [Theory]
    [MemberData(nameof(NotJsonStrings))]
    public void AnythingButAJsonStringInACategoryFieldIsTheWrongType(string field, string rawValue)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        var error = ReadAssert.SingleError(result, field, ErrorCodes.WrongType);
        ReadAssert.NeverQuotes(result, rawValue);
        Assert.All(
            CreditApplicationSchema.Find(field)!.AllowedValues,
            allowed => Assert.Contains(allowed, error.Message, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Overflowing))]
    public void ANumberBeyondTheRangeOfADoubleIsNotFinite(string field, string rawValue)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        ReadAssert.SingleError(result, field, ErrorCodes.NotFinite);
        ReadAssert.NeverQuotes(result, rawValue);
    }

    [Theory]
    [MemberData(nameof(Fractions))]
    public void AFractionInAnIntegerFieldIsNotAnInteger(string field, string rawValue)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        ReadAssert.SingleError(result, field, ErrorCodes.NotInteger);
        ReadAssert.NeverQuotes(result, rawValue);
    }

    [Theory]
    [InlineData("720.0", 720)]
    [InlineData("720.000", 720)]
    [InlineData("7.2e2", 720)]
    [InlineData("7200E-1", 720)]
    [InlineData("850.0", 850)]
    public void AWholeNumberWrittenWithAFractionOrExponentIsAnInteger(string rawValue, int expected)
    {
        var body = ApplicationBody.Sample().Set(FieldNames.CreditScore, rawValue);

        var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

        Assert.Equal(ApplicationBody.SampleApplication with { CreditScore = expected }, application);
    }

    [Fact]
    public void NumberFieldsKeepTheirFraction()
    {
        var body = ApplicationBody.Sample()
            .Set(FieldNames.AnnualIncome, "54321.75")
            .Set(FieldNames.MonthlyDebt, "0.01")
            .Set(FieldNames.LoanAmount, "1234.5");

        var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

        Assert.Equal(54_321.75, application.AnnualIncome);
        Assert.Equal(0.01, application.MonthlyDebt);
        Assert.Equal(1_234.5, application.LoanAmount);
    }

    private static IEnumerable<string> NumericFields() =>
        CreditApplicationSchema.Fields
            .Where(field => field.Kind != FieldKind.Category)
            .Select(field => field.Name);

    private static IEnumerable<string> CategoryFields() =>
        CreditApplicationSchema.Fields
            .Where(field => field.Kind == FieldKind.Category)
            .Select(field => field.Name);

    private static TheoryData<string, string> Combine(IEnumerable<string> fields, IEnumerable<string> rawValues)
    {
        var data = new TheoryData<string, string>();
        foreach (var field in fields)
        {
            foreach (var rawValue in rawValues)
            {
                data.Add(field, rawValue);
            }
        }

        return data;
    }
}
