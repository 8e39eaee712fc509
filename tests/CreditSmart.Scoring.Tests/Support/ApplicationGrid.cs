using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Model;

namespace CreditSmart.Scoring.Tests.Support;

/// <summary>
/// A fixed spread of valid applications across the whole accepted range, drawn with a fixed
/// seed so every run checks the same ones.
/// </summary>
internal static class ApplicationGrid
{
    private const int Seed = 20_251_203;
    private const int Count = 120;

    private static readonly double[] s_incomes =
        [1_000, 12_000, 24_000, 60_000, 95_000, 150_000, 400_000, 10_000_000];
    private static readonly double[] s_debts = [0, 150, 750, 2_000, 4_500, 12_000, 100_000];
    private static readonly int[] s_scores = [300, 580, 640, 680, 715, 760, 810, 850];
    private static readonly double[] s_loans = [500, 3_000, 12_000, 25_000, 50_000];
    private static readonly int[] s_terms = [36, 60];
    private static readonly int[] s_employment = [0, 1, 5, 9, 10, 25, 60];
    private static readonly int[] s_accounts = [0, 3, 10, 40, 100];
    private static readonly int[] s_delinquencies = [0, 1, 2, 5, 50];
    private static readonly int[] s_inquiries = [0, 1, 2, 5, 10, 50];

    public static IEnumerable<CreditApplication> All()
    {
        foreach (var application in GoldenApplications.All)
        {
            yield return application;
        }

        var random = new Random(Seed);
        for (var i = 0; i < Count; i++)
        {
            yield return new CreditApplication(
                AnnualIncome: Pick(random, s_incomes),
                MonthlyDebt: Pick(random, s_debts),
                CreditScore: Pick(random, s_scores),
                LoanAmount: Pick(random, s_loans),
                LoanTermMonths: Pick(random, s_terms),
                EmploymentLengthYears: Pick(random, s_employment),
                HomeOwnership: Pick(random, CreditApplicationSchema.HomeOwnershipValues),
                Purpose: Pick(random, CreditApplicationSchema.PurposeValues),
                NumberOfOpenAccounts: Pick(random, s_accounts),
                Delinquencies2y: Pick(random, s_delinquencies),
                Inquiries6m: Pick(random, s_inquiries));
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
