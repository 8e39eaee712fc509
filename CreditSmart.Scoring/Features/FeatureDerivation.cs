using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Features;

/// <summary>Turns an application into the model's features. Pure and allocation-light.</summary>
public static class FeatureDerivation
{
    /// <summary>Lending Club recorded "10+ years" as 10; longer tenures carry no more signal.</summary>
    public const int EmploymentYearsCap = 10;

    public static ModelInput Derive(CreditApplication application)
    {
        var input = new ModelInput();
        Fill(input, application);
        return input;
    }

    /// <summary>Fills a reused row, so pooled scoring allocates nothing per call.</summary>
    public static void Fill(ModelInput input, CreditApplication application)
    {
        input.CreditScore = application.CreditScore;
        input.DebtToIncome = (float)DebtToIncome(application);
        input.LogIncome = (float)Math.Log(application.AnnualIncome);
        input.LoanToIncome = (float)(application.LoanAmount / application.AnnualIncome);
        input.LogLoanAmount = (float)Math.Log(application.LoanAmount);
        input.LongTerm = application.LoanTermMonths > 36 ? 1f : 0f;
        input.EmploymentYears = Math.Min(application.EmploymentLengthYears, EmploymentYearsCap);
        input.OpenAccounts = application.NumberOfOpenAccounts;
        input.Delinquencies = application.Delinquencies2y;
        input.Inquiries = application.Inquiries6m;
        input.HomeOwnership = application.HomeOwnership;
        input.Purpose = application.Purpose;
    }

    /// <summary>Debt payments as a share of monthly income: the ratio lenders read first.</summary>
    public static double DebtToIncome(CreditApplication application) =>
        application.MonthlyDebt / (application.AnnualIncome / 12.0);
}
