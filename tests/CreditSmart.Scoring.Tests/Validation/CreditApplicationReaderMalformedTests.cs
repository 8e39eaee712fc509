using System.Text;
using CreditSmart.Scoring.Tests.Support;
using CreditSmart.Scoring.Validation;

namespace CreditSmart.Scoring.Tests.Validation;

public sealed class CreditApplicationReaderMalformedTests
{
    private static readonly string s_sample = ApplicationBody.Sample().ToString();

    public static TheoryData<string, byte[]> MalformedBodies => new()
    {
        { "empty", [] },
        { "whitespace", Utf8(" \t\r\n ") },
        { "an opening brace", Utf8("{") },
        { "truncated in the middle", Utf8(s_sample[..(s_sample.Length / 2)]) },
        { "missing the closing brace", Utf8(s_sample[..^1]) },
        { "trailing garbage", Utf8(s_sample + "x") },
        { "a second object", Utf8(s_sample + "{}") },
        { "a trailing comma", Utf8(s_sample[..^1] + ",}") },
        { "a comment", Utf8(s_sample[..^1] + "/* zzsentinel */}") },
        { "single quotes", Utf8(s_sample.Replace("\"RENT\"", "'RENT'", StringComparison.Ordinal)) },
        { "an unquoted key", Utf8(s_sample.Replace("\"purpose\"", "purpose", StringComparison.Ordinal)) },
        { "a bare NaN", Utf8(s_sample.Replace(":712,", ":NaN,", StringComparison.Ordinal)) },
        { "a bare Infinity", Utf8(s_sample.Replace(":712,", ":Infinity,", StringComparison.Ordinal)) },
        { "a leading plus", Utf8(s_sample.Replace(":712,", ":+712,", StringComparison.Ordinal)) },
        { "a leading zero", Utf8(s_sample.Replace(":712,", ":0712,", StringComparison.Ordinal)) },
        { "a hex number", Utf8(s_sample.Replace(":712,", ":0x2C8,", StringComparison.Ordinal)) },
        { "a byte-order mark", [0xEF, 0xBB, 0xBF, .. Utf8(s_sample)] },
        { "a UTF-16 body", Encoding.Unicode.GetBytes(s_sample) },
        { "invalid UTF-8 in a category", Splice("\"credit_card\"", "\"credit", [0xFF], "_card\"") },
        { "invalid UTF-8 in schema_version", Append(",\"schema_version\":\"v", [0xC3, 0x28], "\"") },
        { "invalid UTF-8 in a string for a number", Splice(":712,", ":\"71", [0xFE], "\",") },
        { "invalid UTF-8 in an unknown field's value", Append(",\"notes\":\"zz", [0xFF], "\"") },
        { "an overlong encoding in a string", Append(",\"notes\":\"", [0xC0, 0xAF], "\"") },
        { "invalid UTF-8 in a key", Append(",\"zz", [0xFF], "\":1") },
        { "invalid UTF-8 in a known key", Splice("\"purpose\"", "\"purpos", [0xE9], "\"") },
        { "one level deeper than MaxDepth", Nested(CreditApplicationReader.MaxDepth + 1) },
        { "far deeper than MaxDepth", Nested(1_000) },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public void ABodyThatIsNotWellFormedUtf8JsonIsMalformed(string name, byte[] body)
    {
        var result = CreditApplicationReader.Read(body);

        ReadAssert.Malformed(result, name);
    }

    [Fact]
    public void NestingExactlyAtMaxDepthIsStillReadAsJson()
    {
        var result = CreditApplicationReader.Read(Nested(CreditApplicationReader.MaxDepth));

        ReadAssert.SingleError(result, "nested", ErrorCodes.UnknownField);
    }

    [Fact]
    public void WhitespaceAroundAValidBodyIsAllowed()
    {
        var result = CreditApplicationReader.Read(Utf8("\r\n\t " + s_sample + " \n"));

        Assert.Equal(ApplicationBody.SampleApplication, ReadAssert.Valid(result));
    }

    [Fact]
    public void NonAsciiTextInAnUnknownFieldIsValidUtf8()
    {
        var body = ApplicationBody.Sample().With("notes", "\"café ✓\"");

        var result = CreditApplicationReader.Read(body.ToUtf8());

        ReadAssert.SingleError(result, "notes", ErrorCodes.UnknownField);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The sample with <paramref name="find"/> replaced by a prefix, raw bytes and a suffix.</summary>
    private static byte[] Splice(string find, string prefix, byte[] raw, string suffix)
    {
        var at = s_sample.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The sample has no '{find}'.");
        return
        [
            .. Utf8(s_sample[..at]),
            .. Utf8(prefix),
            .. raw,
            .. Utf8(suffix),
            .. Utf8(s_sample[(at + find.Length)..]),
        ];
    }

    /// <summary>The sample with one more member whose text holds raw bytes.</summary>
    private static byte[] Append(string prefix, byte[] raw, string suffix) =>
        [.. Utf8(s_sample[..^1] + prefix), .. raw, .. Utf8(suffix + "}")];

    /// <summary>The sample plus an unknown member nested so the body is <paramref name="depth"/> deep.</summary>
    private static byte[] Nested(int depth)
    {
        var arrays = depth - 1;
        var nested = new string('[', arrays) + new string(']', arrays);
        return Utf8(s_sample[..^1] + ",\"nested\":" + nested + "}");
    }
}
