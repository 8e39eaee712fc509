using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Model;

namespace CreditSmart.Scoring.Tests.Explanations;

public sealed class KeyFactorSelectorTests
{
    private static readonly CreditApplication s_application = GoldenApplications.Typical;

    [Fact]
    public void FactorsAreOrderedByTheSizeOfTheirContributionWhateverItsSign()
    {
        var factors = Select(
            (FieldNames.CreditScore, -0.5),
            (FieldNames.MonthlyDebt, 0.9),
            (FieldNames.LoanAmount, 0.2),
            (FieldNames.Purpose, -0.1));

        Assert.Equal(
            [
                (FieldNames.MonthlyDebt, RiskDirection.IncreasesRisk),
                (FieldNames.CreditScore, RiskDirection.DecreasesRisk),
                (FieldNames.LoanAmount, RiskDirection.IncreasesRisk),
                (FieldNames.Purpose, RiskDirection.DecreasesRisk),
            ],
            factors.Select(factor => (factor.Feature, factor.Direction)));
    }

    [Fact]
    public void ImpactIsTheShareOfAllEvidenceRoundedToThreePlaces()
    {
        var factors = Select(
            (FieldNames.CreditScore, 2),
            (FieldNames.MonthlyDebt, -1));

        Assert.Equal([0.667, 0.333], factors.Select(factor => factor.Impact));
    }

    [Fact]
    public void ImpactCountsTheEvidenceOfFactorsLeftOut()
    {
        var factors = Select(
            (FieldNames.CreditScore, 4),
            (FieldNames.MonthlyDebt, 2),
            (FieldNames.LoanAmount, 1.5),
            (FieldNames.AnnualIncome, 1),
            (FieldNames.Purpose, 1),
            (FieldNames.HomeOwnership, 0.5));

        Assert.Equal([0.4, 0.2, 0.15, 0.1], factors.Select(factor => factor.Impact));
    }

    [Fact]
    public void AtMostFourFactorsAreReported()
    {
        var factors = Select(
            (FieldNames.CreditScore, 0.9),
            (FieldNames.MonthlyDebt, 0.8),
            (FieldNames.LoanAmount, 0.7),
            (FieldNames.AnnualIncome, -0.6),
            (FieldNames.Delinquencies2y, 0.5),
            (FieldNames.Purpose, 0.4));

        Assert.Equal(KeyFactorSelector.MaxFactors, factors.Count);
        Assert.Equal(
            [FieldNames.CreditScore, FieldNames.MonthlyDebt, FieldNames.LoanAmount, FieldNames.AnnualIncome],
            factors.Select(factor => factor.Feature));
    }

    [Fact]
    public void RecentInquiriesInFifthPlaceAreReportedAsAFifthFactor()
    {
        var factors = Select(
            (FieldNames.CreditScore, 0.9),
            (FieldNames.MonthlyDebt, 0.8),
            (FieldNames.LoanAmount, 0.7),
            (FieldNames.AnnualIncome, -0.6),
            (FieldNames.Inquiries6m, 0.5),
            (FieldNames.Purpose, 0.4));

        Assert.Equal(5, factors.Count);
        Assert.Equal(FieldNames.Inquiries6m, factors[4].Feature);
    }

    [Fact]
    public void RecentInquiriesBelowFifthPlaceAreLeftOut()
    {
        var factors = Select(
            (FieldNames.CreditScore, 0.9),
            (FieldNames.MonthlyDebt, 0.8),
            (FieldNames.LoanAmount, 0.7),
            (FieldNames.AnnualIncome, -0.6),
            (FieldNames.Purpose, 0.5),
            (FieldNames.Inquiries6m, 0.4));

        Assert.Equal(KeyFactorSelector.MaxFactors, factors.Count);
        Assert.DoesNotContain(factors, factor => factor.Feature == FieldNames.Inquiries6m);
    }

    [Fact]
    public void RecentInquiriesAmongTheFirstFourLeaveNoRoomForAFifth()
    {
        var factors = Select(
            (FieldNames.Inquiries6m, 0.9),
            (FieldNames.MonthlyDebt, 0.8),
            (FieldNames.LoanAmount, 0.7),
            (FieldNames.AnnualIncome, -0.6),
            (FieldNames.Purpose, 0.5));

        Assert.Equal(
            [FieldNames.Inquiries6m, FieldNames.MonthlyDebt, FieldNames.LoanAmount, FieldNames.AnnualIncome],
            factors.Select(factor => factor.Feature));
    }

    [Fact]
    public void AContributionBelowTheMinimumImpactIsDropped()
    {
        var atTheMinimum = Select(
            (FieldNames.CreditScore, 199),
            (FieldNames.Purpose, 1));
        var belowTheMinimum = Select(
            (FieldNames.CreditScore, 200),
            (FieldNames.Purpose, 1));

        Assert.Equal(0.005, KeyFactorSelector.MinImpact);
        Assert.Equal([0.995, 0.005], atTheMinimum.Select(factor => factor.Impact));
        Assert.Equal([FieldNames.CreditScore], belowTheMinimum.Select(factor => factor.Feature));
    }

    [Fact]
    public void NoContributionsGiveNoFactors()
    {
        Assert.Empty(KeyFactorSelector.Select(new FieldContributions(), s_application));
    }

    [Fact]
    public void ContributionsThatCancelOutGiveNoFactors()
    {
        var factors = Select(
            (FieldNames.CreditScore, 0.3),
            (FieldNames.CreditScore, -0.3),
            (FieldNames.Purpose, 0));

        Assert.Empty(factors);
    }

    [Fact]
    public void EqualContributionsAreOrderedByFieldName()
    {
        var factors = Select(
            (FieldNames.Purpose, 0.5),
            (FieldNames.CreditScore, -0.5),
            (FieldNames.AnnualIncome, 0.5));

        Assert.Equal(
            [FieldNames.AnnualIncome, FieldNames.CreditScore, FieldNames.Purpose],
            factors.Select(factor => factor.Feature));
    }

    [Fact]
    public void ANonFiniteContributionIsIgnored()
    {
        var factors = Select(
            (FieldNames.CreditScore, double.NaN),
            (FieldNames.LoanAmount, double.PositiveInfinity),
            (FieldNames.MonthlyDebt, 0.75),
            (FieldNames.Purpose, -0.25));

        Assert.Equal(
            [(FieldNames.MonthlyDebt, 0.75), (FieldNames.Purpose, 0.25)],
            factors.Select(factor => (factor.Feature, factor.Impact)));
    }

    [Fact]
    public void EachFactorCarriesTheReasonForItsFieldAndDirection()
    {
        var factors = Select(
            (FieldNames.CreditScore, -0.5),
            (FieldNames.Delinquencies2y, 0.4));

        Assert.All(factors, factor => Assert.Equal(
            FactorReasons.For(factor.Feature, factor.Direction, s_application),
            factor.Reason));
    }

    private static IReadOnlyList<KeyFactor> Select(params (string Field, double Contribution)[] entries)
    {
        var contributions = new FieldContributions();
        foreach (var (field, contribution) in entries)
        {
            contributions.Add(field, contribution);
        }

        return KeyFactorSelector.Select(contributions, s_application);
    }
}
