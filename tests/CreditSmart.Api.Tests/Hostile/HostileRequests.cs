using System.Text;
using CreditSmart.Api.Tests.Support;
using static CreditSmart.Api.Tests.Hostile.HostileRequest;

namespace CreditSmart.Api.Tests.Hostile;

/// <summary>
/// The hostile-input table: malformed and hostile requests to <c>POST /api/v1/predict</c>, each
/// with the status, problem type and errors the README's v1 contract documents. Values meant to
/// be caught if echoed carry the sentinels <see cref="Number"/> and <see cref="Text"/>.
/// </summary>
public static class HostileRequests
{
    /// <summary>A figure no response has any reason to contain.</summary>
    public const string Number = "8675309";

    /// <summary>A word no response has any reason to contain.</summary>
    public const string Text = "zqxsentinel";

    public const string MalformedJson = "urn:creditsmart:problem:malformed-json";
    public const string PayloadTooLarge = "urn:creditsmart:problem:payload-too-large";
    public const string UnsupportedMediaType = "urn:creditsmart:problem:unsupported-media-type";
    public const string ValidationFailed = "urn:creditsmart:problem:validation-failed";

    private const int MaxBodyBytes = 10 * 1024;

    private static readonly string s_sample = ApplicationJson.SampleText;

    public static IReadOnlyDictionary<string, HostileRequest> ByName { get; } = All().ToDictionary(request => request.Name);

    public static TheoryData<string> Names => [.. ByName.Keys];

    private static IEnumerable<HostileRequest> All() =>
    [
        // Wrong types: a value of another JSON type than the field's.
        Invalid("text for an income", Sample().SetString("annual_income", Text), "annual_income:wrong_type", Text),
        Invalid("true for a score", Sample().Set("credit_score", "true"), "credit_score:wrong_type"),
        Invalid("false for a debt", Sample().Set("monthly_debt", "false"), "monthly_debt:wrong_type"),
        Invalid("number for a purpose", Sample().Set("purpose", Number), "purpose:wrong_type", Number),
        Invalid("number for home ownership", Sample().Set("home_ownership", "1"), "home_ownership:wrong_type"),
        Invalid("number for the version", Sample().Set("schema_version", Number), "schema_version:wrong_type", Number),
        Invalid("boolean for the version", Sample().Set("schema_version", "true"), "schema_version:wrong_type"),

        // Quoted numbers: numbers must be JSON numbers.
        Invalid("quoted score", Sample().Set("credit_score", Quote(Number)), "credit_score:wrong_type", Number),
        Invalid("quoted income with a fraction", Sample().Set("annual_income", Quote(Number + ".25")), "annual_income:wrong_type", Number),
        Invalid("quoted term", Sample().Set("loan_term_months", "\"60\""), "loan_term_months:wrong_type"),
        Invalid("quoted padded debt", Sample().Set("monthly_debt", Quote($" {Number} ")), "monthly_debt:wrong_type", Number),
        Invalid("quoted hex", Sample().Set("delinquencies_2y", "\"0x10\""), "delinquencies_2y:wrong_type"),
        Invalid("quoted exponent", Sample().Set("number_of_open_accounts", "\"1e1\""), "number_of_open_accounts:wrong_type"),
        Invalid("quoted amount with grouping", Sample().Set("loan_amount", "\"25,000\""), "loan_amount:wrong_type"),

        // NaN and infinities spelt as strings: strings, so wrong types.
        Invalid("string NaN", Sample().Set("annual_income", "\"NaN\""), "annual_income:wrong_type"),
        Invalid("string nan", Sample().Set("monthly_debt", "\"nan\""), "monthly_debt:wrong_type"),
        Invalid("string Infinity", Sample().Set("loan_amount", "\"Infinity\""), "loan_amount:wrong_type"),
        Invalid("string -Infinity", Sample().Set("credit_score", "\"-Infinity\""), "credit_score:wrong_type"),
        Invalid("string +Infinity", Sample().Set("inquiries_6m", "\"+Infinity\""), "inquiries_6m:wrong_type"),
        Invalid("string inf", Sample().Set("delinquencies_2y", "\"inf\""), "delinquencies_2y:wrong_type"),
        Invalid("string infinity sign", Sample().Set("annual_income", "\"\u221e\""), "annual_income:wrong_type"),

        // NaN and infinities as bare tokens: not JSON at all.
        Malformed("bare NaN", Replace(":75000,", ":NaN,").Replace("2000", Number, StringComparison.Ordinal), Number),
        Malformed("bare nan", Replace(":2000,", ":nan,")),
        Malformed("bare -Infinity", Replace(":25000,", ":-Infinity,")),
        Malformed("bare +Infinity", Replace(":720,", ":+Infinity,")),
        Malformed("bare inf", Replace(":720,", ":inf,")),

        // Huge and tiny exponents.
        Invalid("1e400 income", Sample().Set("annual_income", Number + "e400"), "annual_income:not_finite", Number),
        Invalid("-1e400 amount", Sample().Set("loan_amount", "-" + Number + "e400"), "loan_amount:not_finite", Number),
        Invalid("1E400 score", Sample().Set("credit_score", "1E400"), "credit_score:not_finite"),
        Invalid("1e-400 score", Sample().Set("credit_score", "1e-400"), "credit_score:not_integer"),
        Invalid("tiny exponent in a count", Sample().Set("delinquencies_2y", Number + "e-400"), "delinquencies_2y:not_integer", Number),
        Accepted("tiny exponent in dollars reads as zero", Sample().Set("monthly_debt", Number + "e-400"), Number),
        Invalid("1e300 accounts", Sample().Set("number_of_open_accounts", "1e300"), "number_of_open_accounts:out_of_range"),
        Accepted("exponent spelling of an income", Sample().Set("annual_income", "7.5e4")),

        // Negative zero is zero.
        Accepted("-0 debt", Sample().Set("monthly_debt", "-0")),
        Accepted("-0.0 delinquencies", Sample().Set("delinquencies_2y", "-0.0")),
        Accepted("-0e0 inquiries", Sample().Set("inquiries_6m", "-0e0")),
        Invalid("-0 score", Sample().Set("credit_score", "-0"), "credit_score:out_of_range"),

        // Fractions where whole numbers belong.
        Invalid("half an account", Sample().Set("number_of_open_accounts", "10.5"), "number_of_open_accounts:not_integer"),
        Invalid("a sliver of a delinquency", Sample().Set("delinquencies_2y", "0.0000001"), "delinquencies_2y:not_integer"),
        Invalid("fractional inquiries", Sample().Set("inquiries_6m", Number + ".5"), "inquiries_6m:not_integer", Number),
        Invalid("term just over 60", Sample().Set("loan_term_months", "60.000001"), "loan_term_months:not_integer"),
        Invalid("half a year as an exponent", Sample().Set("employment_length_years", "5e-1"), "employment_length_years:not_integer"),
        Invalid("score 720.5 as an exponent", Sample().Set("credit_score", "7.205e2"), "credit_score:not_integer"),
        Accepted("score 720 as an exponent", Sample().Set("credit_score", "7.2e2")),

        // Duplicate keys.
        Invalid("score twice", Sample().Append("credit_score", Number), "credit_score:duplicate_field", Number),
        Invalid("purpose twice", Sample().Append("purpose", Quote(Text)), "purpose:duplicate_field", Text),
        Invalid("income twice once escaped", Sample().Append("annual\\u005fincome", Number), "annual_income:duplicate_field", Number),
        Invalid("score three times", Sample().Append("credit_score", "700").Append("credit_score", "710"),
            "credit_score:duplicate_field + credit_score:duplicate_field"),
        Invalid("unknown key twice", Sample().Append("extra", Number).Append("extra", Number),
            "extra:unknown_field + extra:duplicate_field", Number),

        // Keys in other cases and spellings.
        Invalid("title case key", Sample().Rename("credit_score", "Credit_Score"), "Credit_Score:unknown_field + credit_score:required"),
        Invalid("upper case key", Sample().Rename("loan_amount", "LOAN_AMOUNT"), "LOAN_AMOUNT:unknown_field + loan_amount:required"),
        Invalid("camel case key", Sample().Rename("loan_amount", "loanAmount"), "loanAmount:unknown_field + loan_amount:required"),
        Invalid("kebab case key", Sample().Rename("monthly_debt", "monthly-debt"), "monthly-debt:unknown_field + monthly_debt:required"),
        Invalid("typo in a key", Sample().Rename("purpose", "purpse"), "purpse:unknown_field + purpose:required"),
        Invalid("key with a trailing space", Sample().Rename("annual_income", "annual_income "), "$:unknown_field + annual_income:required"),
        Invalid("key with a full-width letter", Sample().Rename("credit_score", "\uff43redit_score"), "$:unknown_field + credit_score:required"),
        Invalid("key with a NUL escape", Sample().Rename("purpose", "purpose\\u0000"), "$:unknown_field + purpose:required"),

        // Unknown fields: the value is never repeated; a key only when it is a plain token.
        Invalid("unknown field with text", Sample().Append("ssn", Quote(Text)), "ssn:unknown_field", Text),
        Invalid("a figure as a key", Sample().Append(Number, "1"), "$:unknown_field", Number),
        Invalid("a sentence as a key", Sample().Append($"my income is {Number}", "1"), "$:unknown_field", Number),
        Invalid("markup in an unknown field", Sample().Append("note", Quote($"<script>alert({Number})</script>")), "note:unknown_field", Number),
        Invalid("prototype key", Sample().Append("__proto__", "{\"admin\":true}"), "$:unknown_field"),
        Invalid("a long key", Sample().Append(new string('k', 65), Number), "$:unknown_field", Number),

        // Nulls.
        Invalid("null income", Sample().Set("annual_income", "null"), "annual_income:wrong_type"),
        Invalid("null purpose", Sample().Set("purpose", "null"), "purpose:wrong_type"),
        Invalid("null version", Sample().Set("schema_version", "null"), "schema_version:wrong_type"),
        Invalid("every value null", AllNull(), string.Join(" + ", new[] { "schema_version" }.Concat(ApplicationJson.RequiredFields).Select(field => field + ":wrong_type"))),

        // Arrays and objects in place of values.
        Invalid("score in an array", Sample().Set("credit_score", $"[{Number}]"), "credit_score:wrong_type", Number),
        Invalid("purpose in an array", Sample().Set("purpose", "[\"car\"]"), "purpose:wrong_type"),
        Invalid("home ownership in an object", Sample().Set("home_ownership", "{\"value\":\"OWN\"}"), "home_ownership:wrong_type"),
        Invalid("nested empty arrays", Sample().Set("annual_income", "[[[]]]"), "annual_income:wrong_type"),
        Invalid("empty object for an amount", Sample().Set("loan_amount", "{}"), "loan_amount:wrong_type"),
        Invalid("both terms", Sample().Set("loan_term_months", "[36,60]"), "loan_term_months:wrong_type"),
        Invalid("object with a sentinel", Sample().Set("monthly_debt", $"{{\"{Text}\":{Number}}}"), "monthly_debt:wrong_type", Text, Number),

        // A root that is not an object.
        Invalid("root empty array", "[]", "$:wrong_type"),
        Invalid("root array of the sample", $"[{s_sample}]", "$:wrong_type"),
        Invalid("root string", Quote(Text), "$:wrong_type", Text),
        Invalid("root number", Number, "$:wrong_type", Number),
        Invalid("root true", "true", "$:wrong_type"),
        Invalid("root null", "null", "$:wrong_type"),

        // Empty, whitespace and truncated bodies.
        Malformed("empty body", ""),
        Malformed("one space", " "),
        Malformed("newlines and tabs", "\n\t\r\n"),
        Malformed("a NUL byte", "\0"),
        Malformed("cut after ten bytes", s_sample[..10]),
        Malformed("cut inside a number", $"{{\"credit_score\":{Number}", Number),
        Malformed("two sentinels without a comma", $"{{\"purpose\":\"{Text}\" \"credit_score\":{Number}}}", Text, Number),
        Malformed("cut inside a string", $"{{\"purpose\":\"{Text}", Text),
        Malformed("cut after a colon", "{\"purpose\":"),
        Malformed("cut after a comma", s_sample[..(s_sample.IndexOf(',', StringComparison.Ordinal) + 1)]),
        Malformed("the sample then garbage", s_sample + Text, Text),

        // Bytes that are not UTF-8, or a byte-order mark.
        Malformed("0xFF in a value", WithBytes(s_sample, "\"purpose\":\"", [0xFF])),
        Malformed("lone lead byte at the end", [.. Utf8(s_sample), 0xC3]),
        Malformed("overlong NUL", WithBytes(s_sample, "debt_", [0xC0, 0x80])),
        Malformed("Latin-1 text", [.. Encoding.Latin1.GetBytes(Sample().SetString("purpose", "caf\u00e9").ToString())]),
        Malformed("UTF-16 with its mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(s_sample)]),
        Malformed("UTF-8 byte-order mark", [.. Encoding.UTF8.GetPreamble(), .. Utf8(s_sample)]),
        Malformed("byte-order mark after a space", [0x20, .. Encoding.UTF8.GetPreamble(), .. Utf8(s_sample)]),
        Invalid("byte-order mark inside a value", Sample().SetString("purpose", "\ufeffcar"), "purpose:invalid_value"),

        // Content types and encodings.
        Refused("no content type", s_sample, 415, UnsupportedMediaType, contentType: null),
        Refused("text/plain", s_sample, 415, UnsupportedMediaType, contentType: "text/plain"),
        Refused("form encoded with a sentinel", $"income={Number}&purpose={Text}", 415, UnsupportedMediaType,
            [Number, Text], contentType: "application/x-www-form-urlencoded"),
        Refused("problem+json", s_sample, 415, UnsupportedMediaType, contentType: "application/problem+json"),
        Refused("a JSON suffix type", s_sample, 415, UnsupportedMediaType, contentType: "application/vnd.api+json"),
        Refused("any type", s_sample, 415, UnsupportedMediaType, contentType: "*/*"),
        Refused("two types", s_sample, 415, UnsupportedMediaType, contentType: "application/json, text/plain"),
        Refused("Latin-1 charset", s_sample, 415, UnsupportedMediaType, contentType: "application/json; charset=iso-8859-1"),
        Refused("UTF-16 charset", s_sample, 415, UnsupportedMediaType, contentType: "application/json; charset=utf-16"),
        Refused("a gzip body", s_sample, 415, UnsupportedMediaType, contentEncoding: "gzip"),
        Accepted("upper-case media type", Sample(), contentType: "APPLICATION/JSON"),
        Accepted("quoted UTF-8 charset", Sample(), contentType: "application/json; charset=\"UTF-8\""),

        // Oversized bodies, however they are framed.
        Refused("one byte over, with a length", Padded(MaxBodyBytes + 1), 413, PayloadTooLarge),
        Refused("one byte over, chunked", Padded(MaxBodyBytes + 1), 413, PayloadTooLarge, framing: BodyFraming.Chunked),
        Refused("64 KB of sentinels, chunked", Repeated($"\"{Text}{Number}\",", 64 * 1024), 413, PayloadTooLarge,
            [Text, Number], framing: BodyFraming.Chunked),
        Refused("64 KB of brackets", new string('[', 64 * 1024), 413, PayloadTooLarge),
        Accepted("exactly the limit, chunked", Padded(MaxBodyBytes), framing: BodyFraming.Chunked),

        // Deep nesting: at most 16 levels, counting the root object.
        Malformed("sixteen objects in an unknown field", Sample().Append("extra", NestedObjects(16))),
        Invalid("fifteen objects in an unknown field", Sample().Append("extra", NestedObjects(15)), "extra:unknown_field"),
        Malformed("ten thousand brackets", new string('[', 10_000)),

        // Comments, trailing commas and single quotes are not JSON.
        Malformed("line comment", s_sample[..^1] + "// " + Text + "\n}", Text),
        Malformed("block comment between members", s_sample.Replace(",\"purpose\"", $",/* {Text} */\"purpose\"", StringComparison.Ordinal), Text),
        Malformed("hash comment", "# " + Text + "\n" + s_sample, Text),
        Malformed("trailing comma", s_sample[..^1] + ",}"),
        Malformed("trailing comma in an array value", Sample().Set("credit_score", "[720,]")),
        Malformed("leading comma", "{," + s_sample[1..]),
        Malformed("single-quoted value", Sample().Set("purpose", "'car'")),
        Malformed("single quotes throughout", s_sample.Replace('"', '\'')),
    ];

    private static ApplicationJson Sample() => ApplicationJson.Sample();

    private static string Quote(string text) => $"\"{text}\"";

    private static string Replace(string find, string replacement)
    {
        Assert.Contains(find, s_sample, StringComparison.Ordinal);
        return s_sample.Replace(find, replacement, StringComparison.Ordinal);
    }

    private static ApplicationJson AllNull()
    {
        var body = Sample().Set("schema_version", "null");
        return ApplicationJson.RequiredFields.Aggregate(body, (current, field) => current.Set(field, "null"));
    }

    private static string NestedObjects(int depth) =>
        string.Concat(Enumerable.Repeat("{\"a\":", depth - 1)) + "{}" + new string('}', depth - 1);

    /// <summary>The sample followed by spaces up to exactly <paramref name="length"/> bytes: valid JSON.</summary>
    private static string Padded(int length) => s_sample + new string(' ', length - Utf8(s_sample).Length);

    /// <summary>A JSON array of <paramref name="item"/> repeated past <paramref name="length"/> bytes.</summary>
    private static string Repeated(string item, int length) =>
        "[" + string.Concat(Enumerable.Repeat(item, length / item.Length + 1)) + "0]";

    /// <summary>The UTF-8 of <paramref name="text"/> with <paramref name="raw"/> bytes inserted just after <paramref name="after"/>.</summary>
    private static byte[] WithBytes(string text, string after, byte[] raw)
    {
        var at = text.IndexOf(after, StringComparison.Ordinal) + after.Length;
        return [.. Utf8(text[..at]), .. raw, .. Utf8(text[at..])];
    }

    private static HostileRequest Invalid(string name, ApplicationJson body, string errors, params string[] sentinels) =>
        Invalid(name, body.ToString(), errors, sentinels);

    private static HostileRequest Invalid(string name, string body, string errors, params string[] sentinels) =>
        new(name, Utf8(body), 422, ValidationFailed, errors, sentinels);

    private static HostileRequest Malformed(string name, ApplicationJson body) => Malformed(name, body.ToString());

    private static HostileRequest Malformed(string name, string body, params string[] sentinels) =>
        Malformed(name, Utf8(body), sentinels);

    private static HostileRequest Malformed(string name, byte[] body, params string[] sentinels) =>
        new(name, body, 400, MalformedJson, null, sentinels);

    private static HostileRequest Refused(
        string name,
        string body,
        int status,
        string type,
        string[]? sentinels = null,
        string? contentType = Json,
        BodyFraming framing = BodyFraming.ContentLength,
        string? contentEncoding = null) =>
        new(name, Utf8(body), status, type, null, sentinels ?? [], contentType, framing, contentEncoding);

    private static HostileRequest Accepted(
        string name,
        ApplicationJson body,
        string? sentinel = null,
        string? contentType = Json) =>
        new(name, Utf8(body.ToString()), 200, null, null, sentinel is null ? [] : [sentinel], contentType);

    private static HostileRequest Accepted(string name, string body, BodyFraming framing) =>
        new(name, Utf8(body), 200, null, null, [], Json, framing);
}
