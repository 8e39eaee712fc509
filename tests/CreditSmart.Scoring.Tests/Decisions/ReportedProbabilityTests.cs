using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Rules;
using CreditSmart.Scoring.Tests.Model;

namespace CreditSmart.Scoring.Tests.Decisions;

/// <summary>
/// A reported probability never contradicts its band: a probability that rounds to an edge is
/// banded as the edge, as a caller reading the response would band it.
/// </summary>
public sealed class ReportedProbabilityTests(CommittedModelFixture model) : IClassFixture<CommittedModelFixture>
{
    [Theory]
    [InlineData(0.099996, 0.1)]
    [InlineData(0.09995, 0.1)]
    [InlineData(0.0999449, 0.0999)]
    [InlineData(0.123456, 0.1235)]
    [InlineData(0.99996, 1.0)]
    public void ProbabilitiesAreRoundedToFourPlaces(double probability, double reported)
    {
        Assert.Equal(reported, ReportedProbability.Round(probability));
    }

    [Fact]
    public void AModelProbabilityThatRoundsToTheMediumEdgeIsBandedMedium()
    {
        // Around an income of $76,100 this applicant's raw probability crosses 0.1 from above
        // and rounds to exactly 0.1 on a run of incomes below the crossing.
        var reportedAtEdge = 0;
        for (var income = 75_900; income <= 76_400; income++)
        {
            var assessment = model.Scorer.Score(EdgeApplicant(income));

            AssertConsistent(assessment);
            reportedAtEdge += assessment.Probability == 0.1 ? 1 : 0;
        }

        Assert.True(reportedAtEdge > 0, "the sweep should reach a probability reported as exactly 0.1");
    }

    [Fact]
    public void EveryRuleEngineProbabilityIsReportedInItsBand()
    {
        var scorer = new RuleEngineScorer();
        for (var score = 300; score <= 850; score++)
        {
            AssertConsistent(scorer.Score(EdgeApplicant(76_000) with { CreditScore = score }));
        }
    }

    private static void AssertConsistent(RiskAssessment assessment)
    {
        Assert.Equal(ReportedProbability.Round(assessment.Probability), assessment.Probability);
        Assert.Equal(DecisionThresholds.Default.BandOf(assessment.Probability), assessment.Band);
        Assert.Equal(DecisionThresholds.DecisionFor(assessment.Band), assessment.Decision);
    }

    private static CreditApplication EdgeApplicant(double income) =>
        new(income, 2_000, 740, 25_000, 36, 5, "MORTGAGE", "debt_consolidation", 10, 0, 1);
}
