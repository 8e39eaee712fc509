using System.Globalization;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Data;
using CreditSmart.Scoring.Tests.Support;

namespace CreditSmart.Scoring.Tests.Data;

/// <summary>The committed Lending Club file, read as the trainer and the API tests read it.</summary>
public sealed class CommittedDataSetTests
{
    private static readonly Lazy<IReadOnlyList<LendingClubRecord>> s_records =
        new(() => LendingClubDataset.Read(RepositoryFiles.DataSet));

    [Fact]
    public void TheDataSetHasTheDocumentedRowsDefaultsAndEmptyCells()
    {
        var records = s_records.Value;

        Assert.Equal(42_535, records.Count);
        Assert.Equal(6_431, records.Count(record => record.Defaulted));
        Assert.Equal(1_112, records.Count(record => record.EmploymentLengthYears is null));
        Assert.Equal(4, records.Count(record => record.AnnualIncome is null));
        Assert.Equal(4, records.Count(record => record.MonthlyDebt is null));
        Assert.Equal(29, records.Count(record => record.NumberOfOpenAccounts is null));
        Assert.Equal(29, records.Count(record => record.Delinquencies2y is null));
        Assert.Equal(29, records.Count(record => record.Inquiries6m is null));
        Assert.Equal(42_506, records.Count(record => record.IsCompleteApartFromEmployment));
    }

    [Fact]
    public void EveryCompleteRowFitsTheV1Schema()
    {
        var applications = s_records.Value
            .Select(LendingClubDataset.ToApplication)
            .OfType<CreditApplication>()
            .ToList();

        Assert.NotEmpty(applications);
        foreach (var application in applications)
        {
            foreach (var (field, number, text) in FieldsOf(application))
            {
                var spec = CreditApplicationSchema.Find(field)!;
                Assert.True(
                    text is null ? spec.IsInRange(number) : spec.Allows(text),
                    $"{field} = {text ?? number.ToString(CultureInfo.InvariantCulture)} is outside the v1 schema");
            }
        }
    }

    private static IEnumerable<(string Field, double Number, string? Text)> FieldsOf(CreditApplication application) =>
    [
        (FieldNames.AnnualIncome, application.AnnualIncome, null),
        (FieldNames.MonthlyDebt, application.MonthlyDebt, null),
        (FieldNames.CreditScore, application.CreditScore, null),
        (FieldNames.LoanAmount, application.LoanAmount, null),
        (FieldNames.LoanTermMonths, application.LoanTermMonths, null),
        (FieldNames.EmploymentLengthYears, application.EmploymentLengthYears, null),
        (FieldNames.HomeOwnership, 0, application.HomeOwnership),
        (FieldNames.Purpose, 0, application.Purpose),
        (FieldNames.NumberOfOpenAccounts, application.NumberOfOpenAccounts, null),
        (FieldNames.Delinquencies2y, application.Delinquencies2y, null),
        (FieldNames.Inquiries6m, application.Inquiries6m, null),
    ];
}
