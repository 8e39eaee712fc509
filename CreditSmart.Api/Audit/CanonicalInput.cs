using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using CreditSmart.Scoring.Applications;

namespace CreditSmart.Api.Audit;

/// <summary>
/// The canonical text of a validated application and its keyed hash. Canonical means compact
/// JSON with <c>schema_version</c> first and the eleven fields in schema order, numbers in
/// their shortest round-trip invariant form, so key order, whitespace and spellings such as
/// <c>7.5e4</c> in the request leave the hash unchanged.
/// </summary>
public static class CanonicalInput
{
    public static byte[] ToUtf8(CreditApplication application)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString(FieldNames.SchemaVersion, CreditApplicationSchema.Version);
            json.WriteNumber(FieldNames.AnnualIncome, application.AnnualIncome);
            json.WriteNumber(FieldNames.MonthlyDebt, application.MonthlyDebt);
            json.WriteNumber(FieldNames.CreditScore, application.CreditScore);
            json.WriteNumber(FieldNames.LoanAmount, application.LoanAmount);
            json.WriteNumber(FieldNames.LoanTermMonths, application.LoanTermMonths);
            json.WriteNumber(FieldNames.EmploymentLengthYears, application.EmploymentLengthYears);
            json.WriteString(FieldNames.HomeOwnership, application.HomeOwnership);
            json.WriteString(FieldNames.Purpose, application.Purpose);
            json.WriteNumber(FieldNames.NumberOfOpenAccounts, application.NumberOfOpenAccounts);
            json.WriteNumber(FieldNames.Delinquencies2y, application.Delinquencies2y);
            json.WriteNumber(FieldNames.Inquiries6m, application.Inquiries6m);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>HMAC-SHA256 of the canonical text under <paramref name="key"/>, as lower-case hex.</summary>
    public static string Hash(CreditApplication application, byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, ToUtf8(application)));
}
