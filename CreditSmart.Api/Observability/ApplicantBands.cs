using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Features;

namespace CreditSmart.Api.Observability;

/// <summary>
/// Coarse bands that let a log say what kind of application came in without saying what was in
/// it. Each band is a fixed string, so no figure from the application reaches a log.
/// </summary>
public static class ApplicantBands
{
    /// <summary>
    /// Debt payments of 40 % of monthly income or more raise <c>high_dti_detected</c>. Every loan
    /// the model learnt from sits below 30 % (Lending Club's own ceiling), so from 40 % the
    /// model is extrapolating well outside what it has seen.
    /// </summary>
    public const double HighDebtToIncome = 0.40;

    /// <summary>The band of the monthly debt-to-income ratio.</summary>
    public static string DebtToIncome(CreditApplication application) =>
        FeatureDerivation.DebtToIncome(application) switch
        {
            < 0.15 => "0.00-0.15",
            < 0.30 => "0.15-0.30",
            < HighDebtToIncome => "0.30-0.40",
            _ => "0.40+",
        };

    public static bool IsHighDebtToIncome(CreditApplication application) =>
        FeatureDerivation.DebtToIncome(application) >= HighDebtToIncome;

    /// <summary>The FICO score's conventional range: poor, fair, good, very good, exceptional.</summary>
    public static string CreditScore(CreditApplication application) => application.CreditScore switch
    {
        < 580 => "300-579",
        < 670 => "580-669",
        < 740 => "670-739",
        < 800 => "740-799",
        _ => "800-850",
    };
}
