namespace CreditSmart.Scoring.Applications;

/// <summary>
/// One loan application in the v1 schema. Values are already validated against
/// <see cref="CreditApplicationSchema"/>; nothing downstream re-checks them.
/// </summary>
public sealed record CreditApplication(
    double AnnualIncome,
    double MonthlyDebt,
    int CreditScore,
    double LoanAmount,
    int LoanTermMonths,
    int EmploymentLengthYears,
    string HomeOwnership,
    string Purpose,
    int NumberOfOpenAccounts,
    int Delinquencies2y,
    int Inquiries6m);
