using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Explanations;
using CreditSmart.Scoring.Rules;
using CreditSmart.Scoring.Tests.Support;

namespace CreditSmart.Scoring.Tests.Rules;

/// <summary>
/// A reason is read to the applicant, so it must be true of their application: "there are late
/// payments" only when there are, "time in employment is long" only when it is.
/// </summary>
public sealed class RuleEngineReasonTests
{
    private readonly RuleEngineScorer _scorer = new();

    public static TheoryData<CreditApplication> Grid => [.. ApplicationGrid.All()];

    [Theory]
    [MemberData(nameof(Grid))]
    public void AReasonNeverContradictsTheApplication(CreditApplication application)
    {
        foreach (var factor in _scorer.Score(application).KeyFactors)
        {
            var raises = factor.Direction == RiskDirection.IncreasesRisk;
            var truth = factor.Feature switch
            {
                FieldNames.CreditScore => raises == application.CreditScore < 715,
                FieldNames.AnnualIncome => raises == application.AnnualIncome < 60_000,
                FieldNames.LoanTermMonths => raises == (application.LoanTermMonths == 60),
                FieldNames.EmploymentLengthYears => raises == application.EmploymentLengthYears < 5,
                FieldNames.Delinquencies2y => raises == application.Delinquencies2y > 0,
                FieldNames.Inquiries6m => raises == application.Inquiries6m > 1,
                _ => true,
            };

            Assert.True(truth, $"'{factor.Reason}' is not true of {application}.");
        }
    }

    [Fact]
    public void AnApplicantWithLatePaymentsIsToldAboutThem()
    {
        var assessment = _scorer.Score(ApplicationBody.SampleApplication with { Delinquencies2y = 5 });

        var factor = Assert.Single(assessment.KeyFactors, factor => factor.Feature == FieldNames.Delinquencies2y);
        Assert.Equal(RiskDirection.IncreasesRisk, factor.Direction);
        Assert.Equal("There are more late payments in the last two years than typical.", factor.Reason);
    }
}
