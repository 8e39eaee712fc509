using System.Net;
using System.Text;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests;

public sealed class PredictMalformedBodyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Sample = ApplicationJson.SampleText;

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> NotWellFormed => new()
    {
        { "empty body", "" },
        { "whitespace only", " \r\n\t " },
        { "truncated mid-object", Sample[..(Sample.Length / 2)] },
        { "missing closing brace", Sample[..^1] },
        { "truncated after a key", """{"annual_income":""" },
        { "lone brace", "{" },
        { "trailing garbage", Sample + "xyz" },
        { "trailing brace", Sample + "}" },
        { "two objects", Sample + Sample },
        { "trailing comma after the object", Sample + "," },
        { "trailing comma inside the object", Sample[..^1] + ",}" },
        { "single-quoted key", Sample.Replace("\"credit_score\"", "'credit_score'", StringComparison.Ordinal) },
        { "unquoted key", Sample.Replace("\"credit_score\"", "credit_score", StringComparison.Ordinal) },
        { "comment", "/* note */" + Sample },
        { "bare NaN", Sample.Replace(":720,", ":NaN,", StringComparison.Ordinal) },
        { "bare Infinity", Sample.Replace(":720,", ":Infinity,", StringComparison.Ordinal) },
        { "leading plus", Sample.Replace(":720,", ":+720,", StringComparison.Ordinal) },
        { "leading zero", Sample.Replace(":720,", ":0720,", StringComparison.Ordinal) },
        { "hex number", Sample.Replace(":720,", ":0x2D0,", StringComparison.Ordinal) },
        { "unterminated string", """{"purpose":"car""" },
        { "raw control character in a string", Sample.Replace("debt_", "debt\u0001", StringComparison.Ordinal) },
        { "seventeen levels in a field", ApplicationJson.Sample().Set("annual_income", Nested(16)).ToString() },
        { "seventeen levels in an unknown field", Sample[..^1] + ",\"extra\":" + Nested(16) + "}" },
        { "seventeen levels at the root", Nested(17) },
        { "four thousand levels", Nested(4_000) },
        { "eight thousand unclosed levels", new string('[', 8_000) },
    };

    public static TheoryData<string, byte[]> InvalidUtf8 => new()
    {
        { "0xFF inside a string", SampleWithBytes("debt_", "debt\0", 0xFF) },
        { "overlong slash", SampleWithBytes("debt_", "debt\0\0", 0xC0, 0xAF) },
        { "lone continuation byte in a key", SampleWithBytes("purpose", "purp\0se", 0x80) },
        { "truncated multi-byte sequence", SampleWithBytes("MORTGAGE", "MORT\0\0GAGE", 0xE2, 0x82) },
        { "encoded surrogate", SampleWithBytes("MORTGAGE", "MORT\0\0\0GAGE", 0xED, 0xA0, 0x80) },
        { "UTF-16 body", Encoding.Unicode.GetBytes(Sample) },
    };

    [Theory]
    [MemberData(nameof(NotWellFormed))]
    public async Task BodiesThatAreNotWellFormedJsonAreBadRequests(string name, string body)
    {
        var response = await _client.PredictAsync(body);

        Assert.True(response.Status == HttpStatusCode.BadRequest, $"{name}: {response}");
        ResponseAssert.Problem(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public async Task BodiesThatAreNotValidUtf8AreBadRequests(string name, byte[] body)
    {
        var response = await _client.PredictAsync(body);

        Assert.True(response.Status == HttpStatusCode.BadRequest, $"{name}: {response}");
        ResponseAssert.Problem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SixteenLevelsOfNestingAreStillWellFormed()
    {
        var body = ApplicationJson.Sample().Set("annual_income", Nested(15)).ToString();

        var response = await _client.PredictAsync(body);

        var error = Assert.Single(ResponseAssert.ValidationErrors(response));
        Assert.Equal("annual_income:wrong_type", error.Key);
    }

    [Theory]
    [InlineData("{\"annual_income\":987654,\"purpose\":\"zzsentinel\"")]
    [InlineData(Sample + "zzsentinel")]
    [InlineData(Sample + "987654")]
    [InlineData("{\"purpose\":\"zzsentinel\" \"credit_score\":987654}")]
    [InlineData("{\"zzsentinel\":987654,}")]
    public async Task BadRequestBodiesNeverEchoTheSubmittedText(string body)
    {
        var response = await _client.PredictAsync(body);

        ResponseAssert.Problem(response, HttpStatusCode.BadRequest);
        ResponseAssert.DoesNotEcho(response, "zzsentinel", "987654");
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\udc00x\"")]
    [InlineData("\"car\\ud83d\"")]
    public async Task LoneSurrogateEscapesAreRefusedWithoutAServerError(string purpose)
    {
        var response = await _client.PredictAsync(ApplicationJson.Sample().Set("purpose", purpose).ToString());

        Assert.True(
            response.Status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity,
            $"Expected 400 or 422, got {response}");
        ResponseAssert.Problem(response, response.Status);
    }

    [Fact]
    public async Task LoneSurrogateEscapeInAKeyIsRefusedWithoutAServerError()
    {
        var response = await _client.PredictAsync(ApplicationJson.Sample().Append("\\ud800", "1").ToString());

        Assert.True(
            response.Status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity,
            $"Expected 400 or 422, got {response}");
        ResponseAssert.Problem(response, response.Status);
    }

    /// <summary><paramref name="depth"/> arrays nested inside each other, e.g. depth 2 is [[]].</summary>
    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    /// <summary>
    /// The sample's UTF-8 with <paramref name="find"/> replaced by <paramref name="replacement"/>,
    /// whose NUL characters then become the <paramref name="raw"/> bytes, in order.
    /// </summary>
    private static byte[] SampleWithBytes(string find, string replacement, params byte[] raw)
    {
        var bytes = Encoding.UTF8.GetBytes(Sample.Replace(find, replacement, StringComparison.Ordinal));
        var next = 0;
        for (var index = 0; index < bytes.Length && next < raw.Length; index++)
        {
            if (bytes[index] == 0)
            {
                bytes[index] = raw[next++];
            }
        }

        Assert.Equal(raw.Length, next);
        return bytes;
    }
}
