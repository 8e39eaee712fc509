using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Features;

/// <summary>
/// The pipeline's column names, and which v1 field each derived feature speaks for
/// when its contribution becomes a key factor.
/// </summary>
public static class FeatureColumns
{
    public const string CreditScore = "CreditScore";
    public const string DebtToIncome = "DebtToIncome";
    public const string LogIncome = "LogIncome";
    public const string LoanToIncome = "LoanToIncome";
    public const string LogLoanAmount = "LogLoanAmount";
    public const string LongTerm = "LongTerm";
    public const string EmploymentYears = "EmploymentYears";
    public const string OpenAccounts = "OpenAccounts";
    public const string Delinquencies = "Delinquencies";
    public const string Inquiries = "Inquiries";
    public const string HomeOwnership = "HomeOwnership";
    public const string Purpose = "Purpose";
    public const string Label = "Label";
    public const string Features = "Features";

    /// <summary>Numeric columns, in the order they enter the feature vector.</summary>
    public static readonly IReadOnlyList<string> Numeric =
    [
        CreditScore, DebtToIncome, LogIncome, LoanToIncome, LogLoanAmount, LongTerm,
        EmploymentYears, OpenAccounts, Delinquencies, Inquiries,
    ];

    /// <summary>Categorical columns, one-hot encoded after the numeric ones.</summary>
    public static readonly IReadOnlyList<string> Categorical = [HomeOwnership, Purpose];

    /// <summary>
    /// The v1 field a column speaks for. A ratio speaks for the field an applicant would change
    /// to move it: debt-to-income for the debt, loan-to-income for the amount asked.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> FieldOf = new Dictionary<string, string>
    {
        [CreditScore] = FieldNames.CreditScore,
        [DebtToIncome] = FieldNames.MonthlyDebt,
        [LogIncome] = FieldNames.AnnualIncome,
        [LoanToIncome] = FieldNames.LoanAmount,
        [LogLoanAmount] = FieldNames.LoanAmount,
        [LongTerm] = FieldNames.LoanTermMonths,
        [EmploymentYears] = FieldNames.EmploymentLengthYears,
        [OpenAccounts] = FieldNames.NumberOfOpenAccounts,
        [Delinquencies] = FieldNames.Delinquencies2y,
        [Inquiries] = FieldNames.Inquiries6m,
        [HomeOwnership] = FieldNames.HomeOwnership,
        [Purpose] = FieldNames.Purpose,
    };

    /// <summary>
    /// The direction credit sense expects a numeric feature to push the risk: +1 raises it as
    /// the feature grows, -1 lowers it. A linear model whose weight disagrees would tell an
    /// applicant something false ("fewer late payments than typical" to one with more), so the
    /// trainer drops such a feature. Columns not listed carry no expectation.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> ExpectedDirection = new Dictionary<string, int>
    {
        [CreditScore] = -1,
        [DebtToIncome] = +1,
        [LogIncome] = -1,
        [LoanToIncome] = +1,
        [LongTerm] = +1,
        [EmploymentYears] = -1,
        [Delinquencies] = +1,
        [Inquiries] = +1,
    };
}
