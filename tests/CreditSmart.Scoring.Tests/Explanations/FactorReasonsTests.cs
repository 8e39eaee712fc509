using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Tests.Support;

namespace CreditSmart.Scoring.Tests.Explanations;

public sealed class FactorReasonsTests
{
    private static readonly RiskDirection[] s_directions =
        [RiskDirection.IncreasesRisk, RiskDirection.DecreasesRisk];

    public static TheoryData<string, RiskDirection> EveryFieldBothWays
    {
        get
        {
            var data = new TheoryData<string, RiskDirection>();
            foreach (var name in FieldNames.Scored)
            {
                foreach (var direction in s_directions)
                {
                    data.Add(name, direction);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EveryFieldBothWays))]
    public void EveryFieldHasASentenceForEachDirection(string field, RiskDirection direction)
    {
        foreach (var application in ApplicationGrid.All())
        {
            var reason = FactorReasons.For(field, direction, application);

            Assert.False(string.IsNullOrWhiteSpace(reason));
            Assert.EndsWith(".", reason, StringComparison.Ordinal);
            Assert.True(char.IsUpper(reason[0]), reason);
        }
    }

    [Theory]
    [MemberData(nameof(EveryFieldBothWays))]
    public void AReasonNeverQuotesAFigureFromTheApplication(string field, RiskDirection direction)
    {
        foreach (var application in ApplicationGrid.All())
        {
            var reason = FactorReasons.For(field, direction, application);

            Assert.DoesNotContain(reason, char.IsDigit);
        }
    }

    [Theory]
    [MemberData(nameof(EveryFieldBothWays))]
    public void RaisingAndLoweringRiskReadDifferently(string field, RiskDirection direction)
    {
        var application = ApplicationBody.SampleApplication;
        var opposite = direction == RiskDirection.IncreasesRisk
            ? RiskDirection.DecreasesRisk
            : RiskDirection.IncreasesRisk;

        Assert.NotEqual(
            FactorReasons.For(field, opposite, application),
            FactorReasons.For(field, direction, application));
    }

    [Fact]
    public void EveryCategoryIsDescribedInWordsNotCodes()
    {
        foreach (var homeOwnership in CreditApplicationSchema.HomeOwnershipValues)
        {
            foreach (var purpose in CreditApplicationSchema.PurposeValues)
            {
                var application = ApplicationBody.SampleApplication with
                {
                    HomeOwnership = homeOwnership,
                    Purpose = purpose,
                };

                foreach (var direction in s_directions)
                {
                    var housing = FactorReasons.For(FieldNames.HomeOwnership, direction, application);
                    var loanPurpose = FactorReasons.For(FieldNames.Purpose, direction, application);

                    Assert.DoesNotContain(homeOwnership, housing, StringComparison.Ordinal);
                    Assert.DoesNotContain("_", loanPurpose, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void EachHousingStatusHasItsOwnSentence()
    {
        var sentences = CreditApplicationSchema.HomeOwnershipValues
            .Select(value => FactorReasons.For(
                FieldNames.HomeOwnership,
                RiskDirection.IncreasesRisk,
                ApplicationBody.SampleApplication with { HomeOwnership = value }))
            .ToList();

        Assert.Equal(sentences.Count, sentences.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EachPurposeHasItsOwnSentence()
    {
        var sentences = CreditApplicationSchema.PurposeValues
            .Select(value => FactorReasons.For(
                FieldNames.Purpose,
                RiskDirection.IncreasesRisk,
                ApplicationBody.SampleApplication with { Purpose = value }))
            .ToList();

        Assert.Equal(sentences.Count, sentences.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("CreditScore")]
    [InlineData("schema_version")]
    [InlineData("zzsentinel")]
    public void ANameThatIsNotAScoredFieldIsRefused(string field)
    {
        Assert.Throws<ArgumentException>(
            () => FactorReasons.For(field, RiskDirection.IncreasesRisk, ApplicationBody.SampleApplication));
    }
}
