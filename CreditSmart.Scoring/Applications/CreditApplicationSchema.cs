namespace CreditSmart.Scoring.Applications;

/// <summary>
/// The frozen v1 application schema. Ranges are wider than the Lending Club data the model
/// learned from (every complete row of it is accepted) but narrow enough to refuse nonsense.
/// </summary>
public static class CreditApplicationSchema
{
    public const string Version = "v1";

    /// <summary>Home ownership statuses, as Lending Club reports them.</summary>
    public static readonly IReadOnlyList<string> HomeOwnershipValues = ["MORTGAGE", "RENT", "OWN", "OTHER"];

    /// <summary>Loan purposes, the fourteen Lending Club categories in the training data.</summary>
    public static readonly IReadOnlyList<string> PurposeValues =
    [
        "car", "credit_card", "debt_consolidation", "educational", "home_improvement", "house",
        "major_purchase", "medical", "moving", "other", "renewable_energy", "small_business",
        "vacation", "wedding",
    ];

    public static readonly IReadOnlyList<FieldSpec> Fields =
    [
        new(FieldNames.AnnualIncome, FieldKind.Number,
            "Self-reported gross annual income, in dollars.", 1_000, 10_000_000),
        new(FieldNames.MonthlyDebt, FieldKind.Number,
            "Monthly payments on existing debt, excluding mortgage and the requested loan, in dollars.",
            0, 100_000),
        new(FieldNames.CreditScore, FieldKind.Integer,
            "FICO credit score.", 300, 850),
        new(FieldNames.LoanAmount, FieldKind.Number,
            "Requested loan amount, in dollars.", 500, 50_000),
        new(FieldNames.LoanTermMonths, FieldKind.Integer,
            "Loan term in months; the model has seen only 36 and 60.", 36, 60, AllowedValues: ["36", "60"]),
        new(FieldNames.EmploymentLengthYears, FieldKind.Integer,
            "Years in current employment; 10 or more is scored as 10, as Lending Club recorded it.", 0, 60),
        new(FieldNames.HomeOwnership, FieldKind.Category,
            "Home ownership status.", AllowedValues: HomeOwnershipValues),
        new(FieldNames.Purpose, FieldKind.Category,
            "Purpose of the loan.", AllowedValues: PurposeValues),
        new(FieldNames.NumberOfOpenAccounts, FieldKind.Integer,
            "Number of open credit lines.", 0, 100),
        new(FieldNames.Delinquencies2y, FieldKind.Integer,
            "30+ days past-due incidents in the last two years.", 0, 50),
        new(FieldNames.Inquiries6m, FieldKind.Integer,
            "Credit inquiries in the last six months.", 0, 50),
    ];

    private static readonly Dictionary<string, FieldSpec> s_byName =
        Fields.ToDictionary(field => field.Name, StringComparer.Ordinal);

    public static FieldSpec? Find(string name) => s_byName.GetValueOrDefault(name);
}
