using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Rules;
using CreditSmart.Scoring.Tests.Support;

namespace CreditSmart.Scoring.Tests.Rules;

/// <summary>
/// The scorecard's promise: along any one field, worse never scores safer. Each test walks one
/// field from its best to its worst value, everything else held, for every application of the grid.
/// </summary>
public sealed class RuleEngineMonotonicityTests
{
    private readonly RuleEngineScorer _scorer = new();

    public static TheoryData<CreditApplication> Grid => [.. ApplicationGrid.All()];

    [Theory]
    [MemberData(nameof(Grid))]
    public void LoweringTheCreditScoreNeverLowersTheProbability(CreditApplication application)
    {
        int[] worsening = [850, 800, 760, 715, 700, 680, 640, 600, 550, 450, 300];

        AssertNeverSafer(worsening.Select(score => application with { CreditScore = score }));
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void RaisingMonthlyDebtNeverLowersTheProbability(CreditApplication application)
    {
        double[] worsening = [0, 50, 400, 750, 1_500, 3_000, 8_000, 25_000, 60_000, 100_000];

        AssertNeverSafer(worsening.Select(debt => application with { MonthlyDebt = debt }));
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void RaisingTheLoanAmountNeverLowersTheProbability(CreditApplication application)
    {
        double[] worsening = [500, 1_000, 5_000, 12_000, 20_000, 35_000, 50_000];

        AssertNeverSafer(worsening.Select(amount => application with { LoanAmount = amount }));
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void LoweringIncomeNeverLowersTheProbability(CreditApplication application)
    {
        double[] worsening = [10_000_000, 1_000_000, 200_000, 90_000, 60_000, 30_000, 10_000, 1_000];

        AssertNeverSafer(worsening.Select(income => application with { AnnualIncome = income }));
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void MoreDelinquenciesNeverLowerTheProbability(CreditApplication application)
    {
        int[] worsening = [0, 1, 2, 3, 5, 6, 20, 50];

        AssertNeverSafer(worsening.Select(count => application with { Delinquencies2y = count }));
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void MoreInquiriesNeverLowerTheProbability(CreditApplication application)
    {
        int[] worsening = [0, 1, 2, 4, 9, 10, 11, 50];

        AssertNeverSafer(worsening.Select(count => application with { Inquiries6m = count }));
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void ShorterEmploymentNeverLowersTheProbability(CreditApplication application)
    {
        int[] worsening = [60, 10, 9, 5, 1, 0];

        AssertNeverSafer(worsening.Select(years => application with { EmploymentLengthYears = years }));
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void ASixtyMonthTermScoresRiskierThanThirtySix(CreditApplication application)
    {
        var shortTerm = _scorer.Score(application with { LoanTermMonths = 36 }).Probability;
        var longTerm = _scorer.Score(application with { LoanTermMonths = 60 }).Probability;

        // Equal only when both sit at the scorecard's clamp.
        Assert.True(
            longTerm > shortTerm || (longTerm == shortTerm && longTerm == 0.999),
            $"60 months scored {longTerm}, 36 months {shortTerm}.");
    }

    private void AssertNeverSafer(IEnumerable<CreditApplication> worsening)
    {
        var previous = 0.0;
        foreach (var application in worsening)
        {
            var probability = _scorer.Score(application).Probability;
            Assert.True(
                probability >= previous,
                $"{application} scored {probability}, below the better application's {previous}.");
            previous = probability;
        }
    }
}
