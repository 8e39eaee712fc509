using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Model;

/// <summary>
/// Fixed applications every artifact must score to a finite probability before it serves.
/// Scoring them also warms the engines, so the first real request is as fast as the hundredth.
/// </summary>
public static class GoldenApplications
{
    /// <summary>The README's example: a typical debt consolidation loan.</summary>
    public static CreditApplication Typical { get; } = new(
        AnnualIncome: 75_000, MonthlyDebt: 2_000, CreditScore: 720, LoanAmount: 25_000, LoanTermMonths: 60,
        EmploymentLengthYears: 5, HomeOwnership: "MORTGAGE", Purpose: "debt_consolidation",
        NumberOfOpenAccounts: 10, Delinquencies2y: 0, Inquiries6m: 1);

    public static IReadOnlyList<CreditApplication> All { get; } =
    [
        Typical,
        new(AnnualIncome: 150_000, MonthlyDebt: 500, CreditScore: 810, LoanAmount: 5_000, LoanTermMonths: 36,
            EmploymentLengthYears: 10, HomeOwnership: "OWN", Purpose: "car",
            NumberOfOpenAccounts: 6, Delinquencies2y: 0, Inquiries6m: 0),
        new(AnnualIncome: 24_000, MonthlyDebt: 900, CreditScore: 640, LoanAmount: 20_000, LoanTermMonths: 60,
            EmploymentLengthYears: 0, HomeOwnership: "RENT", Purpose: "small_business",
            NumberOfOpenAccounts: 3, Delinquencies2y: 2, Inquiries6m: 5),
        // The edges of the accepted ranges must score too, not just typical values.
        new(AnnualIncome: 1_000, MonthlyDebt: 100_000, CreditScore: 300, LoanAmount: 50_000, LoanTermMonths: 60,
            EmploymentLengthYears: 60, HomeOwnership: "OTHER", Purpose: "other",
            NumberOfOpenAccounts: 100, Delinquencies2y: 50, Inquiries6m: 50),
        new(AnnualIncome: 10_000_000, MonthlyDebt: 0, CreditScore: 850, LoanAmount: 500, LoanTermMonths: 36,
            EmploymentLengthYears: 0, HomeOwnership: "MORTGAGE", Purpose: "wedding",
            NumberOfOpenAccounts: 0, Delinquencies2y: 0, Inquiries6m: 0),
    ];
}
