using System.Security.Cryptography;
using System.Text;
using CreditSmart.Api.Audit;
using CreditSmart.Scoring.Applications;

namespace CreditSmart.Api.Tests.Audit;

public sealed class CanonicalInputTests
{
    private static readonly CreditApplication s_application = new(
        AnnualIncome: 123457,
        MonthlyDebt: 9876.54,
        CreditScore: 720,
        LoanAmount: 25000,
        LoanTermMonths: 60,
        EmploymentLengthYears: 5,
        HomeOwnership: "MORTGAGE",
        Purpose: "debt_consolidation",
        NumberOfOpenAccounts: 10,
        Delinquencies2y: 0,
        Inquiries6m: 1);

    [Fact]
    public void TheCanonicalTextIsCompactJsonInSchemaOrderWithShortestInvariantNumbers()
    {
        var text = Encoding.UTF8.GetString(CanonicalInput.ToUtf8(s_application));

        Assert.Equal(
            """{"schema_version":"v1","annual_income":123457,"monthly_debt":9876.54,"credit_score":720,"loan_amount":25000,"loan_term_months":60,"employment_length_years":5,"home_ownership":"MORTGAGE","purpose":"debt_consolidation","number_of_open_accounts":10,"delinquencies_2y":0,"inquiries_6m":1}""",
            text);
    }

    [Fact]
    public void TheInputHashIsTheHmacSha256OfTheCanonicalTextUnderTheKey()
    {
        var key = Encoding.UTF8.GetBytes("a key of at least thirty-two characters");
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(key, CanonicalInput.ToUtf8(s_application)));

        Assert.Equal(expected, CanonicalInput.Hash(s_application, key));
        Assert.NotEqual(expected, CanonicalInput.Hash(s_application, Encoding.UTF8.GetBytes("another key of thirty-two characters")));
    }
}
