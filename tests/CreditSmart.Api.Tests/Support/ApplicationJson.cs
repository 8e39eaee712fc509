namespace CreditSmart.Api.Tests.Support;

/// <summary>
/// A predict body built member by member from raw JSON text, so a test can write what no
/// serializer would: duplicate keys, 1e400, -0, escaped names. Every change returns a new body.
/// </summary>
public sealed class ApplicationJson
{
    /// <summary>The contract's sample application, byte for byte.</summary>
    public const string SampleText =
        """{"schema_version":"v1","annual_income":75000,"monthly_debt":2000,"credit_score":720,"loan_amount":25000,"loan_term_months":60,"employment_length_years":5,"home_ownership":"MORTGAGE","purpose":"debt_consolidation","number_of_open_accounts":10,"delinquencies_2y":0,"inquiries_6m":1}""";

    private static readonly ApplicationJson s_sample = new(
    [
        new("schema_version", "\"v1\""),
        new("annual_income", "75000"),
        new("monthly_debt", "2000"),
        new("credit_score", "720"),
        new("loan_amount", "25000"),
        new("loan_term_months", "60"),
        new("employment_length_years", "5"),
        new("home_ownership", "\"MORTGAGE\""),
        new("purpose", "\"debt_consolidation\""),
        new("number_of_open_accounts", "10"),
        new("delinquencies_2y", "0"),
        new("inquiries_6m", "1"),
    ]);

    private readonly IReadOnlyList<KeyValuePair<string, string>> _members;

    private ApplicationJson(IReadOnlyList<KeyValuePair<string, string>> members)
    {
        _members = members;
    }

    /// <summary>The eleven fields every application must carry, in schema order.</summary>
    public static IReadOnlyList<string> RequiredFields { get; } =
    [
        "annual_income", "monthly_debt", "credit_score", "loan_amount", "loan_term_months",
        "employment_length_years", "home_ownership", "purpose", "number_of_open_accounts",
        "delinquencies_2y", "inquiries_6m",
    ];

    public static IReadOnlyList<string> HomeOwnerships { get; } = ["MORTGAGE", "RENT", "OWN", "OTHER"];

    public static IReadOnlyList<string> Purposes { get; } =
    [
        "car", "credit_card", "debt_consolidation", "educational", "home_improvement", "house",
        "major_purchase", "medical", "moving", "other", "renewable_energy", "small_business",
        "vacation", "wedding",
    ];

    public static ApplicationJson Sample() => s_sample;

    /// <summary>
    /// An unremarkable applicant: $60,000 a year, 15 % of monthly income on debt, a loan of a fifth
    /// of income over 36 months, a 715 score, five years in work, one inquiry, owning outright.
    /// </summary>
    public static ApplicationJson Average() => s_sample
        .Set("annual_income", "60000")
        .Set("monthly_debt", "750")
        .Set("credit_score", "715")
        .Set("loan_amount", "12000")
        .Set("loan_term_months", "36")
        .Set("employment_length_years", "5")
        .SetString("home_ownership", "OWN")
        .Set("delinquencies_2y", "0")
        .Set("inquiries_6m", "1");

    /// <summary>An object with no members at all.</summary>
    public static ApplicationJson Empty() => new([]);

    /// <summary>Replaces the value of <paramref name="key"/> (raw JSON), or appends the member.</summary>
    public ApplicationJson Set(string key, string rawValue)
    {
        if (_members.All(member => member.Key != key))
        {
            return Append(key, rawValue);
        }

        return new([.. _members.Select(member =>
            member.Key == key ? new KeyValuePair<string, string>(key, rawValue) : member)]);
    }

    /// <summary>Sets a string value; the text must need no escaping.</summary>
    public ApplicationJson SetString(string key, string value) => Set(key, $"\"{value}\"");

    /// <summary>Appends a member even when the key is already there.</summary>
    public ApplicationJson Append(string key, string rawValue) => new([.. _members, new(key, rawValue)]);

    public ApplicationJson Remove(params string[] keys) =>
        new([.. _members.Where(member => !keys.Contains(member.Key))]);

    /// <summary>Keeps the value and the position, changes the key (written raw, unescaped).</summary>
    public ApplicationJson Rename(string key, string newKey) =>
        new([.. _members.Select(member =>
            member.Key == key ? new KeyValuePair<string, string>(newKey, member.Value) : member)]);

    public ApplicationJson Reversed() => new([.. _members.Reverse()]);

    public override string ToString() =>
        "{" + string.Join(",", _members.Select(member => $"\"{member.Key}\":{member.Value}")) + "}";
}
