using System.Globalization;
using System.Net;
using System.Text;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests;

/// <summary>
/// Seeded, bounded mutations of the sample: whatever a client sends, the answer is a score or a
/// problem, never a server error and never internals.
/// </summary>
public sealed class PredictRobustnessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int MutationsPerSeed = 150;

    private static readonly string[] s_trickyValues =
    [
        "null", "true", "false", "\"\"", "\"x\"", "\"NaN\"", "\"1e400\"", "1e400", "-1e400", "1e-400",
        "-0", "0", "-1", "2147483648", "-2147483649", "9223372036854775808", "1e20", "0.1", "720.5",
        "[]", "{}", "[[[]]]", """{"a":{"b":[1]}}""", "\"\\u0000\"", "\"\\ud800\"", "\"\\uDFFF\\uD800\"",
        "\"\u00e9\u4e2d\ud83d\ude00\"", "1E+2", "1.0e-0", "123456789012345678901234567890",
        "0.000000000000000000000000000001", "\"MORTGAGE \"", "\"debt_consolidation\\u0000\"",
    ];

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task MutatedBodiesGetAScoreOrAProblemNeverAServerError(int seed)
    {
        var random = new Random(seed);

        for (var attempt = 0; attempt < MutationsPerSeed; attempt++)
        {
            var body = Mutate(random);

            var response = await _client.PredictAsync(body);

            Assert.True(
                response.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity,
                $"Body {Convert.ToHexString(body)} got {response}");
            if (response.Status == HttpStatusCode.OK)
            {
                ResponseAssert.Prediction(response);
            }
            else
            {
                ResponseAssert.Problem(response, response.Status);
            }
        }
    }

    [Theory]
    [InlineData("purpose", 100_000)]
    [InlineData("zzextra", 1_000_000)]
    public async Task VeryLongStringsAreRefusedWithoutEchoingThem(string field, int length)
    {
        var value = "zzsentinel" + new string('q', length);

        var response = await _client.PredictAsync(ApplicationJson.Sample().SetString(field, value).ToString());

        // The contract names no body size limit: a field-level refusal (422) or a refusal of the
        // whole body as too large (413) both keep the value out of the model and out of the reply.
        Assert.True(
            response.Status is HttpStatusCode.UnprocessableEntity or HttpStatusCode.RequestEntityTooLarge,
            $"Expected 422 or 413, got {response}");
        ResponseAssert.Problem(response, response.Status);
        ResponseAssert.DoesNotEcho(response, "zzsentinel", "qqqqqqqq");
    }

    [Fact]
    public async Task ManyUnknownFieldsAreAllReportedWithoutAServerError()
    {
        var body = ApplicationJson.Sample();
        for (var index = 0; index < 500; index++)
        {
            body = body.Append($"extra_{index}", index.ToString(CultureInfo.InvariantCulture));
        }

        var errors = ResponseAssert.ValidationErrors(await _client.PredictAsync(body.ToString()));

        Assert.Equal(500, errors.Count(error => error.Code == "unknown_field"));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("false")]
    public async Task RootLiteralsAreRefusedWithoutAServerError(string body)
    {
        var response = await _client.PredictAsync(body);

        Assert.True(
            response.Status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity,
            $"Expected 400 or 422, got {response}");
        ResponseAssert.Problem(response, response.Status);
    }

    private static byte[] Mutate(Random random)
    {
        var fields = ApplicationJson.RequiredFields;
        var field = fields[random.Next(fields.Count)];
        var tricky = s_trickyValues[random.Next(s_trickyValues.Length)];
        var sample = ApplicationJson.Sample();
        var bytes = Utf8(sample);

        switch (random.Next(6))
        {
            case 0:
                return Utf8(sample.Set(field, tricky));
            case 1:
                return Utf8(sample
                    .Set(field, tricky)
                    .Remove(fields[random.Next(fields.Count)])
                    .Append(fields[random.Next(fields.Count)], tricky));
            case 2:
                return bytes[..random.Next(bytes.Length)];
            case 3:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return bytes;
            case 4:
                const string Inserts = "{}[]\",:\\-.eE0 \u00e9";
                var insert = Inserts[random.Next(Inserts.Length)].ToString();
                return Encoding.UTF8.GetBytes(sample.ToString().Insert(random.Next(bytes.Length), insert));
            default:
                return Utf8(sample.Rename(field, field.ToUpperInvariant()).Set(field, tricky));
        }
    }

    private static byte[] Utf8(ApplicationJson body) => Encoding.UTF8.GetBytes(body.ToString());
}
