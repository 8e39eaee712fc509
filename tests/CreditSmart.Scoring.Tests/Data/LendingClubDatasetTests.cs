using System.Globalization;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Data;
using CreditSmart.Scoring.Features;

namespace CreditSmart.Scoring.Tests.Data;

public sealed class LendingClubDatasetTests : IDisposable
{
    private const string Header =
        "annual_income,monthly_debt,credit_score,loan_amount,loan_term_months,employment_length_years," +
        "home_ownership,purpose,number_of_open_accounts,delinquencies_2y,inquiries_6m,defaulted";

    // Row 1 complete, row 2 without employment length, row 3 without income and debt,
    // row 4 without the three counts.
    private const string Rows =
        """
        84250.5,1830.25,712,15500,36,7,RENT,credit_card,9,1,2,0
        52000,433.33,667,10000,60,,MORTGAGE,small_business,4,0,3,1
        ,,702,6000,36,2,OWN,car,5,0,0,0
        61000,900.10,687,12000,36,10,RENT,other,,,,1
        """;

    // The first row of Rows, as an application.
    private static readonly CreditApplication s_firstRow =
        new(84_250.5, 1_830.25, 712, 15_500, 36, 7, "RENT", "credit_card", 9, 1, 2);

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"lending-club-{Guid.NewGuid():N}.csv");

    public LendingClubDatasetTests()
    {
        File.WriteAllText(_path, Header + "\n" + Rows + "\n");
    }

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void RowsAreReadInFileOrderAndNumberedFromOne()
    {
        var records = LendingClubDataset.Read(_path);

        Assert.Equal([1, 2, 3, 4], records.Select(record => record.RowNumber));
        Assert.Equal([712, 667, 702, 687], records.Select(record => record.CreditScore));
        Assert.Equal([false, true, false, true], records.Select(record => record.Defaulted));
    }

    [Fact]
    public void EveryValueOfACompleteRowIsRead()
    {
        var record = LendingClubDataset.Read(_path)[0];

        Assert.Equal(
            new LendingClubRecord(1, 84_250.5, 1_830.25, 712, 15_500, 36, 7, "RENT", "credit_card", 9, 1, 2, false),
            record);
    }

    [Fact]
    public void EmptyCellsAreReadAsMissing()
    {
        var records = LendingClubDataset.Read(_path);

        Assert.Null(records[1].EmploymentLengthYears);
        Assert.Null(records[2].AnnualIncome);
        Assert.Null(records[2].MonthlyDebt);
        Assert.Null(records[3].NumberOfOpenAccounts);
        Assert.Null(records[3].Delinquencies2y);
        Assert.Null(records[3].Inquiries6m);
        Assert.Equal(1_830.25, records[0].MonthlyDebt);
    }

    [Fact]
    public void OnlyACompleteRowBecomesAnApplication()
    {
        var records = LendingClubDataset.Read(_path);

        var applications = records.Select(LendingClubDataset.ToApplication).ToArray();

        Assert.Equal(s_firstRow, applications[0]);
        Assert.All(applications.Skip(1), Assert.Null);
    }

    [Fact]
    public void ARowMissingOnlyEmploymentLengthTrainsWithEmploymentAsNaN()
    {
        var record = LendingClubDataset.Read(_path)[1];

        var input = LendingClubDataset.ToModelInput(record);

        Assert.NotNull(input);
        Assert.True(float.IsNaN(input.EmploymentYears));
        var known = FeatureDerivation.Derive(new CreditApplication(
            52_000, 433.33, 667, 10_000, 60, 3, "MORTGAGE", "small_business", 4, 0, 3));
        Assert.Equal(known.DebtToIncome, input.DebtToIncome);
        Assert.Equal(known.LoanToIncome, input.LoanToIncome);
        Assert.Equal(known.LongTerm, input.LongTerm);
        Assert.Equal(known.Purpose, input.Purpose);
    }

    [Fact]
    public void ATrainingRowCarriesItsLabelAndTheDerivedFeatures()
    {
        var records = LendingClubDataset.Read(_path);

        var complete = LendingClubDataset.ToModelInput(records[0]);
        var defaulted = LendingClubDataset.ToModelInput(records[1]);

        Assert.NotNull(complete);
        Assert.NotNull(defaulted);
        Assert.False(complete.Defaulted);
        Assert.True(defaulted.Defaulted);
        Assert.Equal(7f, complete.EmploymentYears);
        Assert.Equal(FeatureDerivation.Derive(s_firstRow).LogIncome, complete.LogIncome);
    }

    [Fact]
    public void ARowMissingAnythingButEmploymentLengthIsNotATrainingRow()
    {
        var records = LendingClubDataset.Read(_path);

        Assert.Null(LendingClubDataset.ToModelInput(records[2]));
        Assert.Null(LendingClubDataset.ToModelInput(records[3]));
    }

    [Fact]
    public void NumbersAreReadTheSameWhateverTheCurrentCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // German writes 1.830,25; the file's 1830.25 must still be read as the invariant number.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            var record = LendingClubDataset.Read(_path)[0];

            Assert.Equal(84_250.5, record.AnnualIncome);
            Assert.Equal(1_830.25, record.MonthlyDebt);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ColumnsAreFoundByNameNotPosition()
    {
        var reordered = "defaulted,annual_income,monthly_debt,credit_score,loan_amount,loan_term_months," +
            "employment_length_years,home_ownership,purpose,number_of_open_accounts,delinquencies_2y,inquiries_6m\n" +
            "1,84250.5,1830.25,712,15500,36,7,RENT,credit_card,9,1,2\n";

        var record = Assert.Single(LendingClubDataset.Read(new StringReader(reordered)));

        Assert.True(record.Defaulted);
        Assert.Equal(s_firstRow, LendingClubDataset.ToApplication(record));
    }

    [Fact]
    public void AHeaderWithoutTheLabelIsRefused()
    {
        var headerOnly = Header.Replace(",defaulted", "", StringComparison.Ordinal) + "\n";

        var error = Assert.Throws<InvalidDataException>(() => LendingClubDataset.Read(new StringReader(headerOnly)));

        Assert.Contains(LendingClubDataset.LabelColumn, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("84250.5,1830.25,seven,15500,36,7,RENT,credit_card,9,1,2,0", "credit_score")]
    [InlineData("84250.5,1830.25,712,15500,36,7.5,RENT,credit_card,9,1,2,0", "employment_length_years")]
    [InlineData("84250.5,1830.25,712,15500,36,7,RENT,credit_card,9,1,2,", "defaulted")]
    public void AnUnreadableCellIsReportedWithItsLineAndColumn(string row, string column)
    {
        var text = Header + "\n" + Rows + "\n" + row + "\n";

        var error = Assert.Throws<InvalidDataException>(() => LendingClubDataset.Read(new StringReader(text)));

        Assert.Contains("Line 6", error.Message, StringComparison.Ordinal);
        Assert.Contains(column, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowWithTheWrongNumberOfCellsIsRefused()
    {
        var text = Header + "\n84250.5,1830.25,712\n";

        Assert.Throws<InvalidDataException>(() => LendingClubDataset.Read(new StringReader(text)));
    }
}
