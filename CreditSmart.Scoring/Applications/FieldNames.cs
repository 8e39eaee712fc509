namespace CreditSmart.Scoring.Applications;

/// <summary>The v1 wire names of the application's fields, the only names the API speaks.</summary>
public static class FieldNames
{
    public const string SchemaVersion = "schema_version";
    public const string AnnualIncome = "annual_income";
    public const string MonthlyDebt = "monthly_debt";
    public const string CreditScore = "credit_score";
    public const string LoanAmount = "loan_amount";
    public const string LoanTermMonths = "loan_term_months";
    public const string EmploymentLengthYears = "employment_length_years";
    public const string HomeOwnership = "home_ownership";
    public const string Purpose = "purpose";
    public const string NumberOfOpenAccounts = "number_of_open_accounts";
    public const string Delinquencies2y = "delinquencies_2y";
    public const string Inquiries6m = "inquiries_6m";

    /// <summary>The eleven scored fields, in schema order.</summary>
    public static readonly IReadOnlyList<string> Scored =
    [
        AnnualIncome, MonthlyDebt, CreditScore, LoanAmount, LoanTermMonths, EmploymentLengthYears,
        HomeOwnership, Purpose, NumberOfOpenAccounts, Delinquencies2y, Inquiries6m,
    ];
}
