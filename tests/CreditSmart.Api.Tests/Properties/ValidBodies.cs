using CreditSmart.Api.Tests.Support;
using CsCheck;

namespace CreditSmart.Api.Tests.Properties;

/// <summary>
/// Random bodies the v1 contract accepts (every field within the README's ranges and categories),
/// and random ways of breaking them.
/// </summary>
public static class ValidBodies
{
    private static readonly string[] s_numericFields =
    [
        "annual_income", "monthly_debt", "credit_score", "loan_amount", "loan_term_months", "employment_length_years",
        "number_of_open_accounts", "delinquencies_2y", "inquiries_6m",
    ];

    private static readonly string[] s_otherTypes = ["\"x\"", "\"720\"", "true", "null", "[]", "{}", "[1]", "{\"a\":1}", "1", "\"NaN\""];

    private static readonly string[] s_outOfRange = ["-1", "-7", "1e9", "-1e9", "1e308", "99999999999999999999", "10000001"];

    /// <summary>The members of a valid body, in the contract's order.</summary>
    public static Gen<KeyValuePair<string, string>[]> Members { get; } = Gen.Select(
        Gen.Double[1_000, 10_000_000],
        Gen.Double[0, 100_000],
        Gen.Int[300, 850],
        Gen.Double[500, 50_000],
        Gen.OneOf(36, 60),
        Gen.Int[0, 60],
        Gen.OneOf([.. ApplicationJson.HomeOwnerships]),
        Gen.OneOf([.. ApplicationJson.Purposes]),
        Gen.Int[0, 100],
        Gen.Int[0, 50],
        Gen.Int[0, 50],
        (income, debt, score, amount, term, employment, home, purpose, accounts, delinquencies, inquiries) =>
            new KeyValuePair<string, string>[]
            {
                new("annual_income", MutatedBody.Number(income)),
                new("monthly_debt", MutatedBody.Number(debt)),
                new("credit_score", $"{score}"),
                new("loan_amount", MutatedBody.Number(amount)),
                new("loan_term_months", $"{term}"),
                new("employment_length_years", $"{employment}"),
                new("home_ownership", $"\"{home}\""),
                new("purpose", $"\"{purpose}\""),
                new("number_of_open_accounts", $"{accounts}"),
                new("delinquencies_2y", $"{delinquencies}"),
                new("inquiries_6m", $"{inquiries}"),
            });

    /// <summary>A valid body broken in one random way (or, one time in six, left whole).</summary>
    public static Gen<MutatedBody> Mutated { get; } = Gen.Select(
        Members,
        Gen.Enum<BodyMutation>(),
        Gen.Int[0, ApplicationJson.RequiredFields.Count - 1],
        Gen.Int[0, s_numericFields.Length - 1],
        Gen.Int[0, 1_000],
        Gen.Byte.Array[1, 8],
        Mutate);

    private static MutatedBody Mutate(
        KeyValuePair<string, string>[] members, BodyMutation mutation, int field, int numericField, int pick, byte[] garbage)
    {
        var name = members[field].Key;
        switch (mutation)
        {
            case BodyMutation.DropField:
                return new(mutation, name, MutatedBody.Write(members.Where(member => member.Key != name)));
            case BodyMutation.ChangeType:
                return new(mutation, name, MutatedBody.Write(Replace(members, name, s_otherTypes[pick % s_otherTypes.Length])));
            case BodyMutation.DuplicateKey:
                return new(mutation, name, MutatedBody.Write([.. members, members[field]]));
            case BodyMutation.OutOfRange:
                var numeric = s_numericFields[numericField];
                return new(mutation, numeric, MutatedBody.Write(Replace(members, numeric, s_outOfRange[pick % s_outOfRange.Length])));
            case BodyMutation.InsertGarbage:
                var bytes = MutatedBody.Write(members);
                var at = pick % (bytes.Length + 1);
                return new(mutation, "$", [.. bytes[..at], .. garbage, .. bytes[at..]]);
            default:
                return new(mutation, "$", MutatedBody.Write(members));
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Replace(
        IEnumerable<KeyValuePair<string, string>> members, string key, string rawValue) =>
        members.Select(member => member.Key == key ? new KeyValuePair<string, string>(key, rawValue) : member);
}
