using System.Text;
using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Tests.Support;

/// <summary>
/// A request body built member by member from raw JSON, so a test can break exactly one thing:
/// a value, a key's spelling, a duplicate, or a missing field.
/// </summary>
internal sealed class ApplicationBody
{
    private readonly List<(string Key, string RawValue)> _members;

    private ApplicationBody(IEnumerable<(string Key, string RawValue)> members)
    {
        _members = [.. members];
    }

    /// <summary>The application <see cref="Sample"/> reads to; every value differs from the others.</summary>
    public static CreditApplication SampleApplication { get; } = new(
        AnnualIncome: 84_250.5,
        MonthlyDebt: 1_830.25,
        CreditScore: 712,
        LoanAmount: 15_500,
        LoanTermMonths: 36,
        EmploymentLengthYears: 7,
        HomeOwnership: "RENT",
        Purpose: "credit_card",
        NumberOfOpenAccounts: 9,
        Delinquencies2y: 1,
        Inquiries6m: 2);

    public static ApplicationBody Sample() => new(
    [
        (FieldNames.AnnualIncome, "84250.5"),
        (FieldNames.MonthlyDebt, "1830.25"),
        (FieldNames.CreditScore, "712"),
        (FieldNames.LoanAmount, "15500"),
        (FieldNames.LoanTermMonths, "36"),
        (FieldNames.EmploymentLengthYears, "7"),
        (FieldNames.HomeOwnership, "\"RENT\""),
        (FieldNames.Purpose, "\"credit_card\""),
        (FieldNames.NumberOfOpenAccounts, "9"),
        (FieldNames.Delinquencies2y, "1"),
        (FieldNames.Inquiries6m, "2"),
    ]);

    /// <summary>Replaces the value of the first member named <paramref name="key"/>.</summary>
    public ApplicationBody Set(string key, string rawValue)
    {
        var index = IndexOf(key);
        _members[index] = (key, rawValue);
        return this;
    }

    /// <summary>Adds a member at the end, even one whose key is already there.</summary>
    public ApplicationBody With(string key, string rawValue)
    {
        _members.Add((key, rawValue));
        return this;
    }

    public ApplicationBody Without(string key)
    {
        _members.RemoveAt(IndexOf(key));
        return this;
    }

    /// <summary>Renames a member, keeping its value and its place.</summary>
    public ApplicationBody Rename(string key, string newKey)
    {
        var index = IndexOf(key);
        _members[index] = (newKey, _members[index].RawValue);
        return this;
    }

    /// <summary>The body as text. Keys are written as given, so they may hold JSON escapes.</summary>
    public override string ToString() =>
        "{" + string.Join(",", _members.Select(member => $"\"{member.Key}\":{member.RawValue}")) + "}";

    public byte[] ToUtf8() => Encoding.UTF8.GetBytes(ToString());

    private int IndexOf(string key)
    {
        var index = _members.FindIndex(member => member.Key == key);
        return index >= 0
            ? index
            : throw new ArgumentException($"The body has no member '{key}'.", nameof(key));
    }
}
