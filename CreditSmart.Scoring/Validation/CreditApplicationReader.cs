using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Validation;

/// <summary>
/// Reads a request body into a <see cref="CreditApplication"/>, strictly: exact key names,
/// no duplicates, no unknown fields, numbers as JSON numbers, every problem reported at once.
/// </summary>
/// <remarks>
/// It walks a <see cref="JsonDocument"/> by hand instead of binding with the serializer,
/// because the serializer stops at the first problem and its messages quote the input.
/// </remarks>
public static class CreditApplicationReader
{
    /// <summary>A v1 body is two levels deep; anything far deeper is an attack, not a typo.</summary>
    public const int MaxDepth = 16;

    /// <summary>The schema's own names hold one digit each; a key with more is not repeated back.</summary>
    public const int MaxDigitsInEchoedKey = 2;

    private static readonly JsonDocumentOptions s_documentOptions = new() { MaxDepth = MaxDepth };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static ApplicationReadResult Read(ReadOnlyMemory<byte> utf8Json)
    {
        // RFC 8259 forbids a byte-order mark in JSON sent over the network.
        if (utf8Json.Span.StartsWith(Utf8Bom))
        {
            return ApplicationReadResult.Malformed;
        }

        // The parser checks UTF-8 only in the strings that get decoded, not in every value.
        if (!Utf8.IsValid(utf8Json.Span))
        {
            return ApplicationReadResult.Malformed;
        }

        try
        {
            using var document = JsonDocument.Parse(utf8Json, s_documentOptions);
            return Read(document.RootElement);
        }
        catch (JsonException)
        {
            return ApplicationReadResult.Malformed;
        }
        catch (InvalidOperationException)
        {
            // Raised when an escaped string decodes to a lone surrogate.
            return ApplicationReadResult.Malformed;
        }
    }

    private static ApplicationReadResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ApplicationReadResult.Invalid(
                [new FieldError("$", ErrorCodes.WrongType, "The body must be a JSON object.")]);
        }

        var values = new FieldValues();
        var errors = new List<FieldError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var property in root.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                errors.Add(new(FieldLabel(property.Name), ErrorCodes.DuplicateField,
                    "This field appears more than once."));
                continue;
            }

            var error = ReadProperty(property, values);
            if (error is not null)
            {
                errors.Add(error);
            }
        }

        foreach (var field in CreditApplicationSchema.Fields)
        {
            if (!seen.Contains(field.Name))
            {
                errors.Add(new(field.Name, ErrorCodes.Required, "This field is required."));
            }
        }

        return errors.Count == 0
            ? ApplicationReadResult.Valid(values.ToApplication())
            : ApplicationReadResult.Invalid(errors);
    }

    private static FieldError? ReadProperty(JsonProperty property, FieldValues values)
    {
        if (property.NameEquals(FieldNames.SchemaVersion))
        {
            return ReadSchemaVersion(property.Value);
        }

        var field = CreditApplicationSchema.Find(property.Name);
        if (field is null)
        {
            return UnknownField(property.Name);
        }

        return field.Kind == FieldKind.Category
            ? ReadCategory(field, property.Value, values)
            : ReadNumber(field, property.Value, values);
    }

    private static FieldError? ReadSchemaVersion(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return new(FieldNames.SchemaVersion, ErrorCodes.WrongType, "Must be a string.");
        }

        return value.ValueEquals(CreditApplicationSchema.Version)
            ? null
            : new(FieldNames.SchemaVersion, ErrorCodes.InvalidValue,
                $"Must be \"{CreditApplicationSchema.Version}\" when given.");
    }

    private static FieldError? ReadCategory(FieldSpec field, JsonElement value, FieldValues values)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return new(field.Name, ErrorCodes.WrongType, $"Must be a string, one of: {AllowedList(field)}.");
        }

        var text = value.GetString()!;
        if (!field.Allows(text))
        {
            return new(field.Name, ErrorCodes.InvalidValue, $"Must be one of: {AllowedList(field)}.");
        }

        values.Set(field.Name, text);
        return null;
    }

    private static FieldError? ReadNumber(FieldSpec field, JsonElement value, FieldValues values)
    {
        var noun = field.Kind == FieldKind.Integer ? "an integer" : "a number";

        if (value.ValueKind != JsonValueKind.Number)
        {
            return new(field.Name, ErrorCodes.WrongType, $"Must be {noun} written as a JSON number.");
        }

        // TryGetDouble reports success for a literal like 1e400 and returns infinity.
        if (!value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            return new(field.Name, ErrorCodes.NotFinite, "Must be a finite number.");
        }

        if (field.Kind == FieldKind.Integer && HasFraction(value))
        {
            return new(field.Name, ErrorCodes.NotInteger, "Must be a whole number.");
        }

        if (!field.IsInRange(number) || !IsInRangeAsWritten(field, value, number))
        {
            return new(field.Name, ErrorCodes.OutOfRange,
                $"Must be between {Format(field.Minimum)} and {Format(field.Maximum)}.");
        }

        // Only fields with a value list need the number as text; formatting costs every request.
        if (field.AllowedValues.Count > 0 && !field.Allows(Format(number)))
        {
            return new(field.Name, ErrorCodes.InvalidValue, $"Must be one of: {AllowedList(field)}.");
        }

        // Negative zero is zero: the sign would only leak into features as -0.
        values.Set(field.Name, number + 0.0);
        return null;
    }

    /// <summary>
    /// Whether a number whose double sits on a bound is within it as written: the double rounds
    /// <c>999.99999999999999999</c> up to a minimum of 1,000. The literal is read as a decimal,
    /// exact to 28 significant digits; only numbers on a bound pay for it.
    /// </summary>
    private static bool IsInRangeAsWritten(FieldSpec field, JsonElement value, double number)
    {
        if (number != field.Minimum && number != field.Maximum)
        {
            return true;
        }

        // -1e-400 is below zero as written, though its double is -0 and a decimal rounds it to 0.
        if (number == 0 && IsNegativeAndNotZero(JsonMarshal.GetRawUtf8Value(value)))
        {
            return field.Minimum < 0;
        }

        return !value.TryGetDecimal(out var exact)
            || (exact >= (decimal)field.Minimum && exact <= (decimal)field.Maximum);
    }

    private static bool IsNegativeAndNotZero(ReadOnlySpan<byte> raw) =>
        raw[0] == (byte)'-' && Mantissa(raw).IndexOfAnyInRange((byte)'1', (byte)'9') >= 0;

    // A JSON number's digits before any exponent, with its sign and point.
    private static ReadOnlySpan<byte> Mantissa(ReadOnlySpan<byte> raw)
    {
        var e = raw.IndexOfAny((byte)'e', (byte)'E');
        return e < 0 ? raw : raw[..e];
    }

    /// <summary>
    /// Whether the number as written has a fractional part. Read from the literal, not the double:
    /// a double rounds <c>59.99999999999999999</c> to 60 and <c>1e-400</c> to 0, both whole.
    /// </summary>
    private static bool HasFraction(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        var e = raw.IndexOfAny((byte)'e', (byte)'E');
        var mantissa = Mantissa(raw);
        var point = mantissa.IndexOf((byte)'.');
        if (point < 0 && e < 0)
        {
            return false;
        }

        // The value is the mantissa's digits times 10^(exponent - digits after the point); its
        // trailing zeros can absorb that many negative powers of ten.
        var trailingZeros = 0;
        var index = mantissa.Length - 1;
        for (; index >= 0 && mantissa[index] is (byte)'0' or (byte)'.'; index--)
        {
            trailingZeros += mantissa[index] == (byte)'0' ? 1 : 0;
        }

        if (index < 0 || mantissa[index] == (byte)'-')
        {
            return false;
        }

        var digitsAfterPoint = point < 0 ? 0 : mantissa.Length - point - 1;
        var exponent = e < 0 ? 0 : Exponent(raw[(e + 1)..]);
        return exponent - digitsAfterPoint + trailingZeros < 0;
    }

    // A JSON exponent: an optional sign and digits. Capped far beyond any finite double's, so a
    // thousand-digit exponent cannot overflow.
    private static long Exponent(ReadOnlySpan<byte> text)
    {
        var negative = text[0] == (byte)'-';
        var digits = text[0] is (byte)'-' or (byte)'+' ? text[1..] : text;
        long magnitude = 0;
        foreach (var digit in digits)
        {
            magnitude = Math.Min(magnitude * 10 + (digit - '0'), 1_000_000);
        }

        return negative ? -magnitude : magnitude;
    }

    private static FieldError UnknownField(string name)
    {
        var suggestion = FieldSuggestions.Closest(name);
        var message = suggestion is null
            ? "This field is not part of the v1 schema."
            : $"This field is not part of the v1 schema. Did you mean '{suggestion}'?";

        return new(FieldLabel(name), ErrorCodes.UnknownField, message);
    }

    /// <summary>
    /// Names the offending key when it reads like a name: a short, plain token that starts with a
    /// letter and holds at most <see cref="MaxDigitsInEchoedKey"/> digits. Anything else could be a
    /// value smuggled into a key (a figure, an account or social-security number), so it is not repeated.
    /// </summary>
    private static string FieldLabel(string name) =>
        name.Length is > 0 and <= 64
        && char.IsAsciiLetter(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
        && name.Count(char.IsAsciiDigit) <= MaxDigitsInEchoedKey
            ? name
            : "$";

    private static string AllowedList(FieldSpec field) => string.Join(", ", field.AllowedValues);

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
