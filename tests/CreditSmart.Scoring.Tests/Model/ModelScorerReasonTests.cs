using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Tests.Support;

namespace CreditSmart.Scoring.Tests.Model;

/// <summary>
/// The committed model's reasons must be true of the application they explain. The sentences of
/// <see cref="FactorReasons"/> state a fact from the direction alone ("there are no late
/// payments"), so a model weight with the unexpected sign turns them into false statements.
/// </summary>
public sealed class ModelScorerReasonTests(CommittedModelFixture model)
    : IClassFixture<CommittedModelFixture>
{
    // Remove the Skip once the model or FactorReasons is fixed; both tests fail today.
    private const string KnownDefect =
        "Known defect: the committed model weighs delinquencies negatively and employment length " +
        "positively, and FactorReasons words a reason from its direction alone, so an applicant " +
        "with late payments is told 'There are no late payments in the last two years.'";

    [Theory(Skip = KnownDefect)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(50)]
    public void AnApplicantWithLatePaymentsIsNeverToldThereAreNone(int delinquencies)
    {
        var assessment = model.Scorer.Score(Applicants.Ordinary with { Delinquencies2y = delinquencies });

        Assert.DoesNotContain(
            assessment.KeyFactors,
            factor => factor.Feature == FieldNames.Delinquencies2y
                && factor.Direction == RiskDirection.DecreasesRisk);
    }

    [Theory(Skip = KnownDefect)]
    [InlineData(0, RiskDirection.DecreasesRisk)]
    [InlineData(1, RiskDirection.DecreasesRisk)]
    [InlineData(10, RiskDirection.IncreasesRisk)]
    [InlineData(60, RiskDirection.IncreasesRisk)]
    public void EmploymentIsNeverCalledLongWhenShortOrShortWhenLong(int years, RiskDirection contradiction)
    {
        var assessment = model.Scorer.Score(Applicants.Ordinary with { EmploymentLengthYears = years });

        Assert.DoesNotContain(
            assessment.KeyFactors,
            factor => factor.Feature == FieldNames.EmploymentLengthYears && factor.Direction == contradiction);
    }
}
