using System.Globalization;
using System.Text;

namespace CreditSmart.Api.Tests.Properties;

/// <summary>What was done to a valid body, and the bytes that resulted.</summary>
public sealed record MutatedBody(BodyMutation Mutation, string Field, byte[] Bytes)
{
    /// <summary>A body written member by member, so a key can be dropped or repeated.</summary>
    public static byte[] Write(IEnumerable<KeyValuePair<string, string>> members) =>
        Encoding.UTF8.GetBytes("{" + string.Join(",", members.Select(member => $"\"{member.Key}\":{member.Value}")) + "}");

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public override string ToString() => $"{Mutation} {Field}: {Encoding.UTF8.GetString(Bytes)}";
}

/// <summary>The ways <see cref="HttpPropertyTests"/> breaks a valid body.</summary>
public enum BodyMutation
{
    None,
    DropField,
    ChangeType,
    InsertGarbage,
    DuplicateKey,
    OutOfRange,
}
