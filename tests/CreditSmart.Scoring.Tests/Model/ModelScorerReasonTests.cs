using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Tests.Support;

namespace CreditSmart.Scoring.Tests.Model;

/// <summary>
/// The committed model's reasons must be true of the application they explain. The sentences of
/// <see cref="FactorReasons"/> compare with the typical borrower from the direction alone, so a
/// model weight with the unexpected sign would turn them into false statements; the trainer's
/// sign check exists to prevent that.
/// </summary>
public sealed class ModelScorerReasonTests(CommittedModelFixture model)
    : IClassFixture<CommittedModelFixture>
{
    [Theory]
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

    [Theory]
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
