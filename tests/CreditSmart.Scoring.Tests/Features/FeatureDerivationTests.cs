using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Features;
using CreditSmart.Scoring.Model;

namespace CreditSmart.Scoring.Tests.Features;

public sealed class FeatureDerivationTests
{
    private const double Tolerance = 1e-6;

    private static readonly CreditApplication s_known = new(
        AnnualIncome: 60_000,
        MonthlyDebt: 1_500,
        CreditScore: 705,
        LoanAmount: 15_000,
        LoanTermMonths: 36,
        EmploymentLengthYears: 4,
        HomeOwnership: "OWN",
        Purpose: "home_improvement",
        NumberOfOpenAccounts: 11,
        Delinquencies2y: 2,
        Inquiries6m: 3);

    public static TheoryData<CreditApplication> Applications =>
        [.. GoldenApplications.All, s_known];

    [Fact]
    public void TheFeaturesOfAKnownApplicationAreDerivedFromItsFields()
    {
        var input = FeatureDerivation.Derive(s_known);

        Assert.Equal(705f, input.CreditScore);
        Assert.Equal(0.3, input.DebtToIncome, Tolerance);
        Assert.Equal(0.25, input.LoanToIncome, Tolerance);
        Assert.Equal(Math.Log(60_000), input.LogIncome, Tolerance);
        Assert.Equal(Math.Log(15_000), input.LogLoanAmount, Tolerance);
        Assert.Equal(0f, input.LongTerm);
        Assert.Equal(4f, input.EmploymentYears);
        Assert.Equal(11f, input.OpenAccounts);
        Assert.Equal(2f, input.Delinquencies);
        Assert.Equal(3f, input.Inquiries);
        Assert.Equal("OWN", input.HomeOwnership);
        Assert.Equal("home_improvement", input.Purpose);
    }

    [Theory]
    [InlineData(75_000, 2_000, 0.32)]
    [InlineData(60_000, 0, 0)]
    [InlineData(12_000, 1_000, 1)]
    [InlineData(1_000, 100_000, 1_200)]
    public void DebtToIncomeIsTwelveMonthsOfDebtOverAnnualIncome(
        double annualIncome, double monthlyDebt, double expected)
    {
        var application = s_known with { AnnualIncome = annualIncome, MonthlyDebt = monthlyDebt };

        Assert.Equal(expected, FeatureDerivation.DebtToIncome(application), 1e-12);
        Assert.Equal(expected, FeatureDerivation.Derive(application).DebtToIncome, expected * Tolerance);
    }

    [Theory]
    [InlineData(36, 0f)]
    [InlineData(60, 1f)]
    public void OnlyTheSixtyMonthTermIsLong(int loanTermMonths, float expected)
    {
        var input = FeatureDerivation.Derive(s_known with { LoanTermMonths = loanTermMonths });

        Assert.Equal(expected, input.LongTerm);
    }

    [Theory]
    [InlineData(0, 0f)]
    [InlineData(9, 9f)]
    [InlineData(10, 10f)]
    [InlineData(11, 10f)]
    [InlineData(60, 10f)]
    public void EmploymentLengthIsCappedAtTenYears(int years, float expected)
    {
        var input = FeatureDerivation.Derive(s_known with { EmploymentLengthYears = years });

        Assert.Equal(expected, input.EmploymentYears);
        Assert.Equal(10, FeatureDerivation.EmploymentYearsCap);
    }

    [Fact]
    public void EveryCategoryIsPassedThroughUnchanged()
    {
        foreach (var homeOwnership in CreditApplicationSchema.HomeOwnershipValues)
        {
            foreach (var purpose in CreditApplicationSchema.PurposeValues)
            {
                var application = s_known with { HomeOwnership = homeOwnership, Purpose = purpose };

                var input = FeatureDerivation.Derive(application);

                Assert.Equal(homeOwnership, input.HomeOwnership);
                Assert.Equal(purpose, input.Purpose);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Applications))]
    public void FillingAReusedRowGivesWhatDeriveGives(CreditApplication application)
    {
        var reused = FeatureDerivation.Derive(s_known with { LoanTermMonths = 60, EmploymentLengthYears = 30 });

        FeatureDerivation.Fill(reused, application);

        Assert.Equal(Snapshot(FeatureDerivation.Derive(application)), Snapshot(reused));
    }

    [Theory]
    [MemberData(nameof(Applications))]
    public void EveryNumericFeatureIsFiniteAcrossTheAcceptedRanges(CreditApplication application)
    {
        var input = FeatureDerivation.Derive(application);

        Assert.All(Snapshot(input).Numbers, value => Assert.True(float.IsFinite(value)));
    }

    private static FeatureSnapshot Snapshot(ModelInput input) => new(
        [
            input.CreditScore, input.DebtToIncome, input.LogIncome, input.LoanToIncome, input.LogLoanAmount,
            input.LongTerm, input.EmploymentYears, input.OpenAccounts, input.Delinquencies, input.Inquiries,
        ],
        input.HomeOwnership,
        input.Purpose);

    /// <summary>A row's values in a form whose equality compares them all.</summary>
    private sealed record FeatureSnapshot(float[] Numbers, string HomeOwnership, string Purpose)
    {
        public bool Equals(FeatureSnapshot? other) =>
            other is not null
            && Numbers.SequenceEqual(other.Numbers)
            && HomeOwnership == other.HomeOwnership
            && Purpose == other.Purpose;

        public override int GetHashCode() => HashCode.Combine(Numbers.Length, HomeOwnership, Purpose);

        public override string ToString() => $"[{string.Join(", ", Numbers)}] {HomeOwnership} {Purpose}";
    }
}
