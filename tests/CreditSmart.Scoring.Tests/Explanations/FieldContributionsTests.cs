using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Explanations;

namespace CreditSmart.Scoring.Tests.Explanations;

public sealed class FieldContributionsTests
{
    [Fact]
    public void ContributionsToTheSameFieldAreSummed()
    {
        var contributions = new FieldContributions();

        contributions.Add(FieldNames.LoanAmount, 0.25);
        contributions.Add(FieldNames.LoanAmount, 0.5);
        contributions.Add(FieldNames.Purpose, -0.125);

        Assert.Equal(0.75, contributions[FieldNames.LoanAmount]);
        Assert.Equal(-0.125, contributions[FieldNames.Purpose]);
        Assert.Equal(0, contributions[FieldNames.CreditScore]);
        Assert.Equal(0.875, contributions.TotalMagnitude);
    }

    [Fact]
    public void RankingLeavesOutZeroAndNonFiniteFields()
    {
        var contributions = new FieldContributions();
        contributions.Add(FieldNames.CreditScore, double.NaN);
        contributions.Add(FieldNames.MonthlyDebt, 0.5);
        contributions.Add(FieldNames.Purpose, -1);
        contributions.Add(FieldNames.LoanAmount, 0);

        Assert.Equal(
            [(FieldNames.Purpose, -1.0), (FieldNames.MonthlyDebt, 0.5)],
            contributions.Ranked());
        Assert.Equal(1.5, contributions.TotalMagnitude);
    }

    [Theory]
    [InlineData("CreditScore")]
    [InlineData("schema_version")]
    [InlineData("")]
    public void ANameThatIsNotAScoredFieldIsRefused(string field)
    {
        var contributions = new FieldContributions();

        Assert.Throws<ArgumentException>(() => contributions.Add(field, 1));
    }
}
