using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Tests.Support;

/// <summary>Applications with a known character, for tests that vary one field of them.</summary>
internal static class Applicants
{
    /// <summary>
    /// Close to the average Lending Club borrower on every field, so the one field a test changes
    /// dominates the explanation instead of competing with unusual values elsewhere.
    /// </summary>
    public static CreditApplication Ordinary { get; } = new(
        AnnualIncome: 65_000,
        MonthlyDebt: 750,
        CreditScore: 715,
        LoanAmount: 11_000,
        LoanTermMonths: 36,
        EmploymentLengthYears: 5,
        HomeOwnership: "RENT",
        Purpose: "debt_consolidation",
        NumberOfOpenAccounts: 9,
        Delinquencies2y: 0,
        Inquiries6m: 1);
}
