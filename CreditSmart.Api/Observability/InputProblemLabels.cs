using System.Collections.Frozen;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Validation;

namespace CreditSmart.Api.Observability;

/// <summary>
/// Turns a validation error's field and code into labels from a fixed set. The field of an
/// unknown key is the key as the client sent it, and a key can carry a name or an identifier as
/// easily as a value can, so only the schema's own names pass through.
/// </summary>
public static class InputProblemLabels
{
    /// <summary>The field label of a key the schema does not know.</summary>
    public const string UnknownField = "unknown";

    /// <summary>The field label of the body as a whole.</summary>
    public const string Body = "$";

    /// <summary>Codes for a body refused before its fields were read.</summary>
    public const string MalformedJson = "malformed_json";
    public const string PayloadTooLarge = "payload_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string BodyTimedOut = "body_timed_out";
    public const string UnreadableBody = "unreadable_body";

    // Lookups return the constant instance, never the caller's string.
    private static readonly FrozenDictionary<string, string> s_fields =
        FieldNames.Scored.Append(FieldNames.SchemaVersion).Append(Body)
            .ToFrozenDictionary(name => name, name => name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> s_codes =
        ErrorCodes.All.Append(MalformedJson).Append(PayloadTooLarge).Append(UnsupportedMediaType)
            .Append(BodyTimedOut).Append(UnreadableBody)
            .ToFrozenDictionary(code => code, code => code, StringComparer.Ordinal);

    public static string Field(string field) => s_fields.GetValueOrDefault(field, UnknownField);

    public static string Code(string code) => s_codes.GetValueOrDefault(code, UnknownField);
}
