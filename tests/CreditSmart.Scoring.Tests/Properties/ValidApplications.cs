using CreditSmart.Scoring.Applications;
using CsCheck;

namespace CreditSmart.Scoring.Tests.Properties;

/// <summary>
/// Random applications the v1 schema accepts: every field within its documented range or
/// categories, with the edges of each range drawn more often than chance would.
/// </summary>
internal static class ValidApplications
{
    public static Gen<CreditApplication> Any { get; } = Gen.Select(
        Dollars(1_000, 10_000_000, typicalMaximum: 250_000),
        Dollars(0, 100_000, typicalMaximum: 5_000),
        Whole(300, 850),
        Dollars(500, 50_000, typicalMaximum: 35_000),
        Gen.OneOf(36, 60),
        Whole(0, 60),
        Gen.OneOf([.. CreditApplicationSchema.HomeOwnershipValues]),
        Gen.OneOf([.. CreditApplicationSchema.PurposeValues]),
        Whole(0, 100),
        Whole(0, 50),
        Whole(0, 50),
        (income, debt, score, amount, term, employment, home, purpose, accounts, delinquencies, inquiries) =>
            new CreditApplication(
                income, debt, score, amount, term, employment, home, purpose, accounts, delinquencies, inquiries));

    // Most draws where real applicants sit, some anywhere in the range, some exactly on its edges.
    private static Gen<double> Dollars(double minimum, double maximum, double typicalMaximum) =>
        Gen.OneOf<double>(
            Gen.Double[minimum, typicalMaximum],
            Gen.Double[minimum, maximum],
            Gen.OneOf(minimum, maximum));

    private static Gen<int> Whole(int minimum, int maximum) =>
        Gen.OneOf<int>(Gen.Int[minimum, maximum], Gen.OneOf(minimum, maximum));
}
