using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Features;

namespace CreditSmart.Scoring.Rules;

/// <summary>
/// The fallback scorecard. Weights are hand-set in log-odds from the default rates of the
/// Lending Club data (15 % overall; about 25 % near a 660 score and 5 % near 800; 12 % on
/// 36 months against 23 % on 60), so the rules rank risk sensibly without a model.
/// Every numeric rule is monotone: more debt or a lower score never lowers the risk.
/// </summary>
public static class RuleBook
{
    /// <summary>The log-odds of the 15 % base default rate.</summary>
    public static readonly double BaseLogOdds = Math.Log(0.15 / 0.85);

    public static readonly IReadOnlyList<ScoringRule> Rules =
    [
        new(FieldNames.CreditScore,
            "-0.013 per point of credit score above 715 (+0.013 per point below).",
            application => -0.013 * (application.CreditScore - 715)),
        new(FieldNames.MonthlyDebt,
            "+1.5 per unit of monthly debt-to-income above 0.15, counted up to 1.5.",
            application => 1.5 * (Math.Min(FeatureDerivation.DebtToIncome(application), 1.5) - 0.15)),
        new(FieldNames.LoanAmount,
            "+0.8 per unit of loan-to-annual-income above 0.2, counted up to 2.",
            application => 0.8 * (Math.Min(application.LoanAmount / application.AnnualIncome, 2.0) - 0.2)),
        new(FieldNames.AnnualIncome,
            "-0.25 per unit of log income above $60,000 a year.",
            application => -0.25 * Math.Log(application.AnnualIncome / 60_000)),
        new(FieldNames.LoanTermMonths,
            "+0.65 for a 60-month term.",
            application => application.LoanTermMonths > 36 ? 0.65 : 0),
        new(FieldNames.Inquiries6m,
            "+0.15 per credit inquiry beyond one in six months, counted up to 10.",
            application => 0.15 * (Math.Min(application.Inquiries6m, 10) - 1)),
        new(FieldNames.Delinquencies2y,
            "+0.2 per delinquency in two years, counted up to 5.",
            application => 0.2 * Math.Min(application.Delinquencies2y, 5)),
        new(FieldNames.EmploymentLengthYears,
            "-0.03 per year of employment above 5, counted up to 10.",
            application => -0.03 * (Math.Min(application.EmploymentLengthYears, 10) - 5)),
        new(FieldNames.Purpose,
            "+0.6 small business, +0.3 education, +0.1 other; -0.2 credit card or car, -0.15 wedding.",
            application => application.Purpose switch
            {
                "small_business" => 0.6,
                "educational" => 0.3,
                "other" => 0.1,
                "credit_card" or "car" => -0.2,
                "wedding" => -0.15,
                _ => 0,
            }),
        new(FieldNames.HomeOwnership,
            "+0.2 other housing, +0.1 renting, -0.1 paying a mortgage.",
            application => application.HomeOwnership switch
            {
                "OTHER" => 0.2,
                "RENT" => 0.1,
                "MORTGAGE" => -0.1,
                _ => 0,
            }),
    ];
}
