using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Rules;
using CreditSmart.Scoring.Tests.Model;
using CsCheck;

namespace CreditSmart.Scoring.Tests.Properties;

/// <summary>
/// Any application the schema accepts scores to a finite probability in [0, 1] with well-formed
/// key factors, with the bundled model and with the rule engine alike.
/// </summary>
public sealed class ScoringPropertyTests(CommittedModelFixture model) : IClassFixture<CommittedModelFixture>
{
    private const int Iterations = 2_000;

    [Fact]
    public void TheBundledModelScoresEveryValidApplicationSoundly()
    {
        ValidApplications.Any.Sample(application => AssertSound(model.Scorer.Score(application)), iter: Iterations);
    }

    [Fact]
    public void TheRuleEngineScoresEveryValidApplicationSoundly()
    {
        var rules = new RuleEngineScorer();

        ValidApplications.Any.Sample(application => AssertSound(rules.Score(application)), iter: Iterations);
    }

    private static void AssertSound(RiskAssessment assessment)
    {
        Assert.True(double.IsFinite(assessment.Probability), $"Probability {assessment.Probability}");
        Assert.InRange(assessment.Probability, 0.0, 1.0);

        var factors = assessment.KeyFactors;
        Assert.True(factors.Count <= 5, $"{factors.Count} key factors");
        Assert.Equal(factors.Count, factors.Select(factor => factor.Feature).Distinct(StringComparer.Ordinal).Count());

        foreach (var factor in factors)
        {
            Assert.Contains(factor.Feature, FieldNames.Scored);
            Assert.True(
                factor.Direction is RiskDirection.IncreasesRisk or RiskDirection.DecreasesRisk,
                $"Direction {factor.Direction}");
            Assert.True(factor.Impact is > 0 and <= 1, $"{factor.Feature} impact {factor.Impact}");
            Assert.False(string.IsNullOrWhiteSpace(factor.Reason), $"{factor.Feature} has no reason");
        }

        for (var index = 1; index < factors.Count; index++)
        {
            Assert.True(
                factors[index - 1].Impact >= factors[index].Impact,
                $"Not ordered by impact: {string.Join(", ", factors.Select(factor => $"{factor.Feature} {factor.Impact}"))}");
        }

        // At most four, and a fifth only when it is inquiries_6m.
        if (factors.Count == 5)
        {
            Assert.Equal(FieldNames.Inquiries6m, factors[4].Feature);
        }
    }
}
