using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Model;
using CreditSmart.Scoring.Rules;
using CreditSmart.Scoring.Tests.Support;

namespace CreditSmart.Scoring.Tests.Rules;

public sealed class RuleEngineScorerTests
{
    private readonly RuleEngineScorer _scorer = new();

    /// <summary>An applicant at which every rule adds nothing: the scorecard's own zero point.</summary>
    private static readonly CreditApplication s_neutral = new(
        AnnualIncome: 60_000,
        MonthlyDebt: 750,
        CreditScore: 715,
        LoanAmount: 12_000,
        LoanTermMonths: 36,
        EmploymentLengthYears: 5,
        HomeOwnership: "OWN",
        Purpose: "debt_consolidation",
        NumberOfOpenAccounts: 8,
        Delinquencies2y: 0,
        Inquiries6m: 1);

    public static TheoryData<CreditApplication> Golden => [.. GoldenApplications.All];

    public static TheoryData<CreditApplication> Grid => [.. ApplicationGrid.All()];

    [Fact]
    public void TheScorerReportsTheDeterministicVersion()
    {
        Assert.Equal("deterministic-v1.0.0", _scorer.Info.ModelVersion);
        Assert.Equal(RuleEngineScorer.Version, _scorer.Info.ModelVersion);
        Assert.Equal(ScoringMode.Rules, _scorer.Info.Mode);
        Assert.Equal("rules", _scorer.Info.ExplanationMethod);
        Assert.Null(_scorer.Info.ArtifactSha256);
    }

    [Fact]
    public void AnApplicantAtTheScorecardsZeroPointScoresTheBaseRateWithNoFactors()
    {
        var assessment = _scorer.Score(s_neutral);

        Assert.Equal(0.15, assessment.Probability, 1e-12);
        Assert.Equal(RiskBand.Medium, assessment.Band);
        Assert.Equal(Decision.Review, assessment.Decision);
        Assert.Empty(assessment.KeyFactors);
    }

    [Theory]
    [MemberData(nameof(Golden))]
    public void ScoringTheSameApplicationTwiceGivesTheSameAssessment(CreditApplication application)
    {
        var first = _scorer.Score(application);
        var second = new RuleEngineScorer().Score(application with { });

        Assert.Equal(first.Probability, second.Probability);
        Assert.Equal(first.Band, second.Band);
        Assert.Equal(first.Decision, second.Decision);
        Assert.Equal(first.KeyFactors, second.KeyFactors);
    }

    [Theory]
    [MemberData(nameof(Golden))]
    public void TheProbabilityStaysStrictlyBetweenZeroAndOne(CreditApplication application)
    {
        var probability = _scorer.Score(application).Probability;

        Assert.InRange(probability, 0.001, 0.999);
        Assert.True(probability is > 0 and < 1);
    }

    [Fact]
    public void TheWorstApplicantTheSchemaAcceptsIsHeldBelowCertainty()
    {
        var worst = GoldenApplications.All[3];

        Assert.Equal(0.999, _scorer.Score(worst).Probability);
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void TheBandAndDecisionFollowTheDefaultThresholds(CreditApplication application)
    {
        var assessment = _scorer.Score(application);

        var band = DecisionThresholds.Default.BandOf(assessment.Probability);
        Assert.Equal(band, assessment.Band);
        Assert.Equal(DecisionThresholds.DecisionFor(band), assessment.Decision);
    }

    [Fact]
    public void ThresholdsGivenToTheScorerDecideTheBand()
    {
        var probability = _scorer.Score(GoldenApplications.Typical).Probability;
        var strict = new RuleEngineScorer(new DecisionThresholds(
            probability / 4, probability / 2, probability));
        var lenient = new RuleEngineScorer(new DecisionThresholds(
            Math.BitIncrement(probability), 0.98, 0.99));

        var veryHigh = strict.Score(GoldenApplications.Typical);
        var low = lenient.Score(GoldenApplications.Typical);

        Assert.Equal((RiskBand.VeryHigh, Decision.Decline), (veryHigh.Band, veryHigh.Decision));
        Assert.Equal((RiskBand.Low, Decision.Approve), (low.Band, low.Decision));
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void KeyFactorsComeFromTheRulesThatFired(CreditApplication application)
    {
        var factors = _scorer.Score(application).KeyFactors;
        var terms = RuleTerms(application);
        var total = terms.Values.Sum(Math.Abs);

        Assert.InRange(factors.Count, 0, KeyFactorSelector.MaxFactors + 1);
        if (factors.Count == KeyFactorSelector.MaxFactors + 1)
        {
            Assert.Equal(FieldNames.Inquiries6m, factors[^1].Feature);
        }

        foreach (var factor in factors)
        {
            var term = terms[factor.Feature];
            Assert.NotEqual(0, term);
            Assert.Equal(term > 0 ? RiskDirection.IncreasesRisk : RiskDirection.DecreasesRisk, factor.Direction);
            Assert.InRange(factor.Impact, double.Epsilon, 1);
            // Within rounding: the scorer may sum the same terms in another order.
            Assert.Equal(Math.Abs(term) / total, factor.Impact, 0.0005 + 1e-9);
            Assert.Equal(Math.Round(factor.Impact, 3), factor.Impact);
            Assert.False(string.IsNullOrWhiteSpace(factor.Reason));
        }

        Assert.Equal(factors.OrderByDescending(factor => factor.Impact), factors);
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void TheStrongestRulesAreTheOnesReported(CreditApplication application)
    {
        var factors = _scorer.Score(application).KeyFactors;
        var total = RuleTerms(application).Values.Sum(Math.Abs);
        var ranked = RuleTerms(application)
            .Where(term => Math.Abs(term.Value) / total >= KeyFactorSelector.MinImpact)
            .OrderByDescending(term => Math.Abs(term.Value))
            .ThenBy(term => term.Key, StringComparer.Ordinal)
            .Select(term => term.Key)
            .ToList();

        Assert.Equal(ranked.Take(factors.Count), factors.Select(factor => factor.Feature));
        Assert.Equal(
            Math.Min(ranked.Count, KeyFactorSelector.MaxFactors),
            Math.Min(factors.Count, KeyFactorSelector.MaxFactors));
    }

    /// <summary>Each rule's log-odds for the application, by field, computed from the rule book.</summary>
    private static Dictionary<string, double> RuleTerms(CreditApplication application)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var rule in RuleBook.Rules)
        {
            terms[rule.Field] = terms.GetValueOrDefault(rule.Field) + rule.LogOdds(application);
        }

        return terms;
    }
}
