using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Explanations;

/// <summary>
/// The plain-language sentence for a factor, in words a loan officer can read to the applicant.
/// Sentences compare with the typical borrower, which is what a contribution measures (the
/// model's features are centred on the training mean, the rules on a typical borrower), and
/// they describe without quoting: no figure from the application appears in them.
/// </summary>
public static class FactorReasons
{
    public static string For(string field, RiskDirection direction, CreditApplication application)
    {
        var raises = direction == RiskDirection.IncreasesRisk;

        return field switch
        {
            FieldNames.CreditScore => raises
                ? "The credit score is lower than that of typical approved borrowers."
                : "The credit score is higher than that of typical approved borrowers.",
            FieldNames.MonthlyDebt => raises
                ? "Existing monthly debt payments are higher relative to income than typical."
                : "Existing monthly debt payments are lower relative to income than typical.",
            FieldNames.AnnualIncome => raises
                ? "Income is lower than that of typical borrowers."
                : "Income is higher than that of typical borrowers.",
            FieldNames.LoanAmount => raises
                ? "The amount requested is larger relative to income than typical."
                : "The amount requested is smaller relative to income than typical.",
            FieldNames.LoanTermMonths => raises
                ? "A longer repayment term carries more risk of default."
                : "A shorter repayment term carries less risk of default.",
            FieldNames.EmploymentLengthYears => raises
                ? "Time in current employment is shorter than typical."
                : "Time in current employment is longer than typical.",
            FieldNames.HomeOwnership => $"Borrowers who {HousingPhrase(application.HomeOwnership)} "
                + (raises ? "have defaulted more often than average." : "have defaulted less often than average."),
            FieldNames.Purpose => $"Loans for {PurposePhrase(application.Purpose)} "
                + (raises ? "have defaulted more often than average." : "have defaulted less often than average."),
            FieldNames.NumberOfOpenAccounts => raises
                ? "The number of open credit accounts is associated with higher risk."
                : "The number of open credit accounts is associated with lower risk.",
            FieldNames.Delinquencies2y => raises
                ? "There are more late payments in the last two years than typical."
                : "There are fewer late payments in the last two years than typical.",
            FieldNames.Inquiries6m => raises
                ? "There are more recent applications for credit than typical."
                : "There are fewer recent applications for credit than typical.",
            _ => throw new ArgumentException($"'{field}' is not a v1 field.", nameof(field)),
        };
    }

    private static string HousingPhrase(string homeOwnership) => homeOwnership switch
    {
        "MORTGAGE" => "are paying a mortgage",
        "RENT" => "rent their home",
        "OWN" => "own their home outright",
        _ => "have other housing arrangements",
    };

    private static string PurposePhrase(string purpose) => purpose switch
    {
        "credit_card" => "paying off credit cards",
        "debt_consolidation" => "consolidating debt",
        "educational" => "education",
        "home_improvement" => "home improvement",
        "house" => "buying a house",
        "major_purchase" => "a major purchase",
        "renewable_energy" => "renewable energy",
        "small_business" => "a small business",
        "medical" => "medical expenses",
        "moving" => "moving costs",
        "other" => "other purposes",
        _ => $"a {purpose}",
    };
}
