using System.Globalization;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Tests.Support;
using CreditSmart.Scoring.Validation;

namespace CreditSmart.Scoring.Tests.Validation;

public sealed class CreditApplicationReaderRangeTests
{
    /// <summary>Values just outside and far outside each numeric field's range, taken from the schema.</summary>
    public static TheoryData<string, string> OutOfRange
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var spec in NumericFields())
            {
                var step = spec.Kind == FieldKind.Integer ? 1 : 0.01;
                var far = spec.Kind == FieldKind.Integer ? 987_654 : 123_457.5;
                data.Add(spec.Name, Json(spec.Minimum - step));
                data.Add(spec.Name, Json(spec.Minimum - far));
                data.Add(spec.Name, Json(spec.Maximum + step));
                data.Add(spec.Name, Json(spec.Maximum + far));
            }

            return data;
        }
    }

    public static TheoryData<string, string> Edges
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var spec in NumericFields())
            {
                data.Add(spec.Name, Json(spec.Minimum));
                data.Add(spec.Name, Json(spec.Maximum));
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void AValueOutsideTheFieldsRangeIsOutOfRange(string field, string rawValue)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        var error = ReadAssert.SingleError(result, field, ErrorCodes.OutOfRange);
        ReadAssert.NeverQuotes(result, rawValue);
        var spec = CreditApplicationSchema.Find(field)!;
        Assert.Contains(Json(spec.Minimum), error.Message, StringComparison.Ordinal);
        Assert.Contains(Json(spec.Maximum), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Edges))]
    public void TheEdgesOfEachRangeAreAccepted(string field, string rawValue)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

        Assert.Equal(double.Parse(rawValue, CultureInfo.InvariantCulture), ValueOf(application, field));
    }

    [Theory]
    [InlineData(FieldNames.MonthlyDebt, "-0")]
    [InlineData(FieldNames.MonthlyDebt, "-0.0")]
    [InlineData(FieldNames.MonthlyDebt, "-0e5")]
    [InlineData(FieldNames.EmploymentLengthYears, "-0")]
    [InlineData(FieldNames.NumberOfOpenAccounts, "-0.0")]
    [InlineData(FieldNames.Delinquencies2y, "-0")]
    [InlineData(FieldNames.Inquiries6m, "-0")]
    public void NegativeZeroIsReadAsZero(string field, string rawValue)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

        var value = ValueOf(application, field);
        Assert.Equal(0, value);
        Assert.False(double.IsNegative(value), "-0 should not reach the features with its sign.");
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("1E-400")]
    [InlineData("4.9e-325")]
    [InlineData("-0e-400")]
    public void ATinyExponentMonthlyDebtIsReadAsZero(string rawValue)
    {
        var body = ApplicationBody.Sample().Set(FieldNames.MonthlyDebt, rawValue);

        var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

        Assert.Equal(0, application.MonthlyDebt);
        Assert.True(double.IsPositive(application.MonthlyDebt));
    }

    [Theory]
    [InlineData(FieldNames.MonthlyDebt, "-1e-400")]
    [InlineData(FieldNames.MonthlyDebt, "-4.9e-325")]
    [InlineData(FieldNames.MonthlyDebt, "-0.00000000000000000000000000000000000000001e-300")]
    [InlineData(FieldNames.MonthlyDebt, "-1E-2147483649")]
    public void ANegativeNumberADoubleRoundsToZeroIsStillBelowZero(string field, string rawValue)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        ReadAssert.SingleError(CreditApplicationReader.Read(body.ToUtf8()), field, ErrorCodes.OutOfRange);
    }

    [Theory]
    [InlineData(FieldNames.CreditScore, "1e-400")]
    [InlineData(FieldNames.Delinquencies2y, "1e-400")]
    [InlineData(FieldNames.Inquiries6m, "-4.9e-325")]
    [InlineData(FieldNames.NumberOfOpenAccounts, "0.00000000000000000000000000000000000000001e-300")]
    [InlineData(FieldNames.NumberOfOpenAccounts, "100e-1000000000000")]
    [InlineData(FieldNames.LoanTermMonths, "59.99999999999999999")]
    [InlineData(FieldNames.LoanTermMonths, "36.000000000000000001")]
    [InlineData(FieldNames.CreditScore, "719.9999999999999999999")]
    [InlineData(FieldNames.CreditScore, "720.0000000000000000000000001")]
    [InlineData(FieldNames.CreditScore, "7.2000000000000000001e2")]
    [InlineData(FieldNames.NumberOfOpenAccounts, "9.99999999999999999999")]
    public void AFractionADoubleRoundsAwayIsStillNotAnInteger(string field, string rawValue)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        ReadAssert.SingleError(CreditApplicationReader.Read(body.ToUtf8()), field, ErrorCodes.NotInteger);
    }

    [Theory]
    [InlineData(FieldNames.AnnualIncome, "999.99999999999999999")]
    [InlineData(FieldNames.AnnualIncome, "10000000.0000000001")]
    [InlineData(FieldNames.LoanAmount, "499.99999999999999999")]
    [InlineData(FieldNames.LoanAmount, "5.0000000000000000000001e4")]
    [InlineData(FieldNames.MonthlyDebt, "100000.0000000000000001")]
    public void ANumberADoubleRoundsOntoABoundIsStillOutOfRange(string field, string rawValue)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        ReadAssert.SingleError(CreditApplicationReader.Read(body.ToUtf8()), field, ErrorCodes.OutOfRange);
    }

    [Theory]
    [InlineData(FieldNames.AnnualIncome, "1000.00000000000000000000", 1_000)]
    [InlineData(FieldNames.AnnualIncome, "1e7", 10_000_000)]
    [InlineData(FieldNames.LoanAmount, "5.000000000000000000000e2", 500)]
    [InlineData(FieldNames.MonthlyDebt, "0.000000000000000000000", 0)]
    public void ABoundWrittenWithTrailingZerosIsInRange(string field, string rawValue, double expected)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

        Assert.Equal(expected, ValueOf(application, field));
    }

    [Theory]
    [InlineData(FieldNames.CreditScore, "720.000", 720)]
    [InlineData(FieldNames.CreditScore, "7.2e2", 720)]
    [InlineData(FieldNames.CreditScore, "7.20E+2", 720)]
    [InlineData(FieldNames.CreditScore, "72000e-2", 720)]
    [InlineData(FieldNames.LoanTermMonths, "0.36e2", 36)]
    [InlineData(FieldNames.NumberOfOpenAccounts, "10.0", 10)]
    public void AWholeNumberWrittenWithAPointOrAnExponentIsAnInteger(string field, string rawValue, int expected)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

        Assert.Equal(expected, ValueOf(application, field));
    }

    [Theory]
    [InlineData("0e-400")]
    [InlineData("0.000e5")]
    [InlineData("-0E-0")]
    public void ZeroWithAnExponentIsStillZeroInAnIntegerField(string rawValue)
    {
        var body = ApplicationBody.Sample().Set(FieldNames.Delinquencies2y, rawValue);

        var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

        Assert.Equal(0, application.Delinquencies2y);
    }

    [Theory]
    [InlineData("48")]
    [InlineData("37")]
    [InlineData("42")]
    [InlineData("59")]
    [InlineData("4.8e1")]
    public void ALoanTermOtherThan36Or60IsAnInvalidValue(string rawValue)
    {
        var body = ApplicationBody.Sample().Set(FieldNames.LoanTermMonths, rawValue);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        var error = ReadAssert.SingleError(result, FieldNames.LoanTermMonths, ErrorCodes.InvalidValue);
        Assert.Contains("36, 60", error.Message, StringComparison.Ordinal);
        ReadAssert.NeverQuotes(result, rawValue);
    }

    [Theory]
    [InlineData("36", 36)]
    [InlineData("60", 60)]
    [InlineData("60.0", 60)]
    [InlineData("3.6e1", 36)]
    public void TheLoanTermsOf36And60AreAccepted(string rawValue, int expected)
    {
        var body = ApplicationBody.Sample().Set(FieldNames.LoanTermMonths, rawValue);

        var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

        Assert.Equal(expected, application.LoanTermMonths);
    }

    [Theory]
    [InlineData(FieldNames.HomeOwnership, "\"mortgage\"")]
    [InlineData(FieldNames.HomeOwnership, "\"Rent\"")]
    [InlineData(FieldNames.HomeOwnership, "\"NONE\"")]
    [InlineData(FieldNames.HomeOwnership, "\"RENTED\"")]
    [InlineData(FieldNames.HomeOwnership, "\"zzsentinel\"")]
    [InlineData(FieldNames.Purpose, "\"Car\"")]
    [InlineData(FieldNames.Purpose, "\"CREDIT_CARD\"")]
    [InlineData(FieldNames.Purpose, "\"debt consolidation\"")]
    [InlineData(FieldNames.Purpose, "\"small business\"")]
    [InlineData(FieldNames.Purpose, "\"zzsentinel\"")]
    public void AnUnknownOrMiscasedCategoryIsAnInvalidValueListingTheAllowedValues(string field, string rawValue)
    {
        var body = ApplicationBody.Sample().Set(field, rawValue);

        var result = CreditApplicationReader.Read(body.ToUtf8());

        var error = ReadAssert.SingleError(result, field, ErrorCodes.InvalidValue);
        ReadAssert.NeverQuotes(result, rawValue);
        Assert.All(
            CreditApplicationSchema.Find(field)!.AllowedValues,
            allowed => Assert.Contains(allowed, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryAllowedCategoryIsAccepted()
    {
        foreach (var homeOwnership in CreditApplicationSchema.HomeOwnershipValues)
        {
            foreach (var purpose in CreditApplicationSchema.PurposeValues)
            {
                var body = ApplicationBody.Sample()
                    .Set(FieldNames.HomeOwnership, $"\"{homeOwnership}\"")
                    .Set(FieldNames.Purpose, $"\"{purpose}\"");

                var application = ReadAssert.Valid(CreditApplicationReader.Read(body.ToUtf8()));

                Assert.Equal(homeOwnership, application.HomeOwnership);
                Assert.Equal(purpose, application.Purpose);
            }
        }
    }

    private static IEnumerable<FieldSpec> NumericFields() =>
        CreditApplicationSchema.Fields.Where(field => field.Kind != FieldKind.Category);

    private static string Json(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double ValueOf(CreditApplication application, string field) => field switch
    {
        FieldNames.AnnualIncome => application.AnnualIncome,
        FieldNames.MonthlyDebt => application.MonthlyDebt,
        FieldNames.CreditScore => application.CreditScore,
        FieldNames.LoanAmount => application.LoanAmount,
        FieldNames.LoanTermMonths => application.LoanTermMonths,
        FieldNames.EmploymentLengthYears => application.EmploymentLengthYears,
        FieldNames.NumberOfOpenAccounts => application.NumberOfOpenAccounts,
        FieldNames.Delinquencies2y => application.Delinquencies2y,
        FieldNames.Inquiries6m => application.Inquiries6m,
        _ => throw new ArgumentException($"'{field}' is not a numeric field.", nameof(field)),
    };
}
