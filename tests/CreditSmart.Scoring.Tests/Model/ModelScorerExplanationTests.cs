using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Model;
using CreditSmart.Scoring.Tests.Support;

namespace CreditSmart.Scoring.Tests.Model;

/// <summary>
/// The committed model's key factors point the way its inputs do: change one field of an
/// otherwise ordinary applicant and the factor for that field must say which way it moved the risk.
/// </summary>
public sealed class ModelScorerExplanationTests(CommittedModelFixture model)
    : IClassFixture<CommittedModelFixture>
{
    [Fact]
    public void TheCommittedArtifactLoads()
    {
        Assert.Null(model.Result.FailureReason);
        Assert.NotNull(model.Result.Scorer);
        Assert.Equal(ScoringMode.Model, model.Scorer.Info.Mode);
    }

    [Fact]
    public void ScoringTheTypicalApplicationTwiceGivesIdenticalResults()
    {
        var first = model.Scorer.Score(GoldenApplications.Typical);
        var second = model.Scorer.Score(GoldenApplications.Typical with { });

        AssertSameAssessment(first, second);
    }

    [Fact]
    public void AClearlyWorseCreditScoreRaisesTheRiskAndIsNamedAsTheReason()
    {
        var poor = model.Scorer.Score(Applicants.Ordinary with { CreditScore = 620 });
        var excellent = model.Scorer.Score(Applicants.Ordinary with { CreditScore = 800 });

        Assert.True(
            poor.Probability > excellent.Probability,
            $"620 scored {poor.Probability}, 800 scored {excellent.Probability}.");
        Assert.Equal(RiskDirection.IncreasesRisk, FactorFor(poor, FieldNames.CreditScore).Direction);
        Assert.Equal(RiskDirection.DecreasesRisk, FactorFor(excellent, FieldNames.CreditScore).Direction);
    }

    [Fact]
    public void ASixtyMonthTermRaisesTheRiskAndIsNamedAsTheReason()
    {
        var longTerm = model.Scorer.Score(Applicants.Ordinary with { LoanTermMonths = 60 });
        var shortTerm = model.Scorer.Score(Applicants.Ordinary with { LoanTermMonths = 36 });

        Assert.True(
            longTerm.Probability > shortTerm.Probability,
            $"60 months scored {longTerm.Probability}, 36 months {shortTerm.Probability}.");
        Assert.Equal(RiskDirection.IncreasesRisk, FactorFor(longTerm, FieldNames.LoanTermMonths).Direction);

        // Most loans are 36 months, so the short term may be too ordinary to be named at all.
        var shortTermFactor = shortTerm.KeyFactors.SingleOrDefault(
            factor => factor.Feature == FieldNames.LoanTermMonths);
        if (shortTermFactor is not null)
        {
            Assert.Equal(RiskDirection.DecreasesRisk, shortTermFactor.Direction);
        }
    }

    [Theory]
    [InlineData(560, RiskDirection.IncreasesRisk)]
    [InlineData(600, RiskDirection.IncreasesRisk)]
    [InlineData(640, RiskDirection.IncreasesRisk)]
    [InlineData(790, RiskDirection.DecreasesRisk)]
    [InlineData(820, RiskDirection.DecreasesRisk)]
    [InlineData(850, RiskDirection.DecreasesRisk)]
    public void WheneverTheCreditScoreIsNamedItPointsTheWayTheScoreDoes(int score, RiskDirection expected)
    {
        var assessment = model.Scorer.Score(Applicants.Ordinary with { CreditScore = score });

        // Far from the average score it may still be outranked; when named, it must point the right way.
        var factor = assessment.KeyFactors.SingleOrDefault(
            candidate => candidate.Feature == FieldNames.CreditScore);
        if (factor is not null)
        {
            Assert.Equal(expected, factor.Direction);
        }
    }

    [Fact]
    public void AWorseCreditScoreNeverLowersTheProbability()
    {
        var previous = 0.0;
        foreach (var score in (int[])[850, 800, 760, 715, 680, 640, 600, 560, 450, 300])
        {
            var probability = model.Scorer.Score(Applicants.Ordinary with { CreditScore = score }).Probability;

            Assert.True(probability >= previous, $"A score of {score} gave {probability}, below {previous}.");
            previous = probability;
        }
    }

    [Fact]
    public void KeyFactorsFollowTheSelectorsRules()
    {
        foreach (var application in GoldenApplications.All)
        {
            var factors = model.Scorer.Score(application).KeyFactors;

            Assert.InRange(factors.Count, 1, KeyFactorSelector.MaxFactors + 1);
            if (factors.Count > KeyFactorSelector.MaxFactors)
            {
                Assert.Equal(FieldNames.Inquiries6m, factors[^1].Feature);
            }

            Assert.Equal(factors.Count, factors.Select(factor => factor.Feature).Distinct().Count());
            Assert.Equal(factors.OrderByDescending(factor => factor.Impact), factors);
            Assert.All(factors, factor =>
            {
                Assert.Contains(factor.Feature, FieldNames.Scored);
                Assert.InRange(factor.Impact, KeyFactorSelector.MinImpact, 1);
                Assert.False(string.IsNullOrWhiteSpace(factor.Reason));
            });
        }
    }

    private static KeyFactor FactorFor(RiskAssessment assessment, string field)
    {
        var factor = assessment.KeyFactors.SingleOrDefault(candidate => candidate.Feature == field);
        Assert.True(
            factor is not null,
            $"No {field} factor among {string.Join(", ", assessment.KeyFactors.Select(f => f.Feature))}.");
        return factor;
    }

    private static void AssertSameAssessment(RiskAssessment expected, RiskAssessment actual)
    {
        Assert.Equal(expected.Probability, actual.Probability);
        Assert.Equal(expected.Band, actual.Band);
        Assert.Equal(expected.Decision, actual.Decision);
        Assert.Equal(expected.KeyFactors, actual.KeyFactors);
    }
}
