using System.Text.Json;
using System.Text.Json.Nodes;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests;

public sealed class PredictSuccessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>Applicants from safe to risky, so the bands and decisions get exercised.</summary>
    private static readonly string[] s_variedApplications =
    [
        ApplicationJson.SampleText,
        ApplicationJson.Average().ToString(),
        ApplicationJson.Sample()
            .Set("annual_income", "250000").Set("monthly_debt", "500").Set("credit_score", "830")
            .Set("loan_amount", "5000").Set("loan_term_months", "36").SetString("home_ownership", "OWN")
            .SetString("purpose", "car").Set("inquiries_6m", "0").ToString(),
        ApplicationJson.Sample()
            .Set("annual_income", "28000").Set("monthly_debt", "1500").Set("credit_score", "640")
            .Set("loan_amount", "30000").SetString("home_ownership", "RENT")
            .SetString("purpose", "small_business").Set("delinquencies_2y", "3").Set("inquiries_6m", "6")
            .Set("employment_length_years", "0").ToString(),
        ApplicationJson.Sample()
            .Set("annual_income", "12000").Set("monthly_debt", "3000").Set("credit_score", "300")
            .Set("loan_amount", "50000").SetString("home_ownership", "OTHER")
            .SetString("purpose", "educational").Set("delinquencies_2y", "20").Set("inquiries_6m", "30")
            .ToString(),
        ApplicationJson.Sample()
            .Set("annual_income", "60000").Set("monthly_debt", "900").Set("credit_score", "690")
            .Set("loan_amount", "12000").Set("loan_term_months", "36").SetString("purpose", "credit_card")
            .Set("number_of_open_accounts", "4").ToString(),
        ApplicationJson.Sample()
            .Set("annual_income", "45000").Set("monthly_debt", "2500").Set("credit_score", "665")
            .Set("loan_amount", "35000").SetString("home_ownership", "RENT").SetString("purpose", "medical")
            .Set("delinquencies_2y", "1").Set("inquiries_6m", "3").ToString(),
    ];

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> VariedApplications => new(s_variedApplications);

    public static TheoryData<string, string> FieldBounds => new()
    {
        { "annual_income", "1000" },
        { "annual_income", "10000000" },
        { "monthly_debt", "0" },
        { "monthly_debt", "100000" },
        { "credit_score", "300" },
        { "credit_score", "850" },
        { "loan_amount", "500" },
        { "loan_amount", "50000" },
        { "loan_term_months", "36" },
        { "loan_term_months", "60" },
        { "employment_length_years", "0" },
        { "employment_length_years", "60" },
        { "number_of_open_accounts", "0" },
        { "number_of_open_accounts", "100" },
        { "delinquencies_2y", "0" },
        { "delinquencies_2y", "50" },
        { "inquiries_6m", "0" },
        { "inquiries_6m", "50" },
    };

    public static TheoryData<string> HomeOwnerships => new(ApplicationJson.HomeOwnerships);

    public static TheoryData<string> Purposes => new(ApplicationJson.Purposes);

    /// <summary>Other spellings of the sample that JSON says are the same application.</summary>
    public static TheoryData<string, string> EquivalentSpellings => new()
    {
        { "integer written with .0", With("credit_score", "720.0") },
        { "integer written with an exponent", With("credit_score", "7.2e2") },
        { "allowed integer written with .0", With("loan_term_months", "60.0") },
        { "allowed integer written with an exponent", With("loan_term_months", "6E1") },
        { "number written with an exponent", With("annual_income", "7.5E4") },
        { "schema_version omitted", ApplicationJson.Sample().Remove("schema_version").ToString() },
        { "members in reverse order", ApplicationJson.Sample().Reversed().ToString() },
        { "pretty-printed", Indented(ApplicationJson.SampleText) },
        { "escaped key", ApplicationJson.Sample().Rename("credit_score", "credit\\u005fscore").ToString() },
        { "escaped value", With("purpose", "\"debt\\u005Fconsolidation\"") },
    };

    public static TheoryData<string, string> NegativeZeros => new()
    {
        { "monthly_debt", "-0" },
        { "monthly_debt", "-0.0" },
        { "delinquencies_2y", "-0" },
        { "employment_length_years", "-0.0" },
        { "inquiries_6m", "-0E0" },
    };

    [Fact]
    public async Task SampleApplicationIsScoredByTheModel()
    {
        var response = await _client.PredictAsync(ApplicationJson.SampleText);

        var json = ResponseAssert.Prediction(response);
        Assert.Equal("ml_v1.0.0", json.GetProperty("model_version").GetString());
        Assert.False(json.GetProperty("degraded").GetBoolean());
        Assert.Equal("model", json.GetProperty("scoring_mode").GetString());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    public async Task JsonWithAUtf8CharsetParameterIsAccepted(string contentType)
    {
        var response = await _client.PredictAsync(ApplicationJson.SampleText, contentType);

        ResponseAssert.Prediction(response);
    }

    [Theory]
    [MemberData(nameof(VariedApplications))]
    public async Task EveryApplicationGetsABandItsDecisionAndValidKeyFactors(string body)
    {
        var response = await _client.PredictAsync(body);

        var json = ResponseAssert.Prediction(response);
        Assert.Equal("model", json.GetProperty("scoring_mode").GetString());
    }

    [Fact]
    public async Task RiskBandsRiseWithThePredictedProbability()
    {
        var scored = new List<(double Prediction, int Band)>();
        foreach (var body in s_variedApplications)
        {
            var json = ResponseAssert.Prediction(await _client.PredictAsync(body));
            var band = json.GetProperty("risk_band").GetString()!;
            scored.Add((json.GetProperty("prediction").GetDouble(), Array.IndexOf(ResponseAssert.RiskBands, band)));
        }

        var bandsByPrediction = scored.OrderBy(item => item.Prediction).Select(item => item.Band).ToList();
        Assert.Equal(bandsByPrediction.Order(), bandsByPrediction);
        Assert.True(scored.Select(item => item.Band).Distinct().Count() > 1, "All applicants fell in one band.");
    }

    [Theory]
    [MemberData(nameof(FieldBounds))]
    public async Task RangesIncludeTheirBounds(string field, string bound)
    {
        var response = await _client.PredictAsync(ApplicationJson.Sample().Set(field, bound).ToString());

        ResponseAssert.Prediction(response);
    }

    [Theory]
    [MemberData(nameof(HomeOwnerships))]
    public async Task EveryHomeOwnershipStatusIsAccepted(string homeOwnership)
    {
        var body = ApplicationJson.Sample().SetString("home_ownership", homeOwnership).ToString();

        ResponseAssert.Prediction(await _client.PredictAsync(body));
    }

    [Theory]
    [MemberData(nameof(Purposes))]
    public async Task EveryPurposeIsAccepted(string purpose)
    {
        var body = ApplicationJson.Sample().SetString("purpose", purpose).ToString();

        ResponseAssert.Prediction(await _client.PredictAsync(body));
    }

    [Theory]
    [MemberData(nameof(EquivalentSpellings))]
    public async Task EquivalentSpellingsOfTheSampleScoreExactlyLikeIt(string spelling, string body)
    {
        var expected = Scoring(await _client.PredictAsync(ApplicationJson.SampleText));

        var actual = Scoring(await _client.PredictAsync(body));

        Assert.True(expected == actual, $"{spelling}: expected {expected}, got {actual}");
    }

    [Theory]
    [MemberData(nameof(NegativeZeros))]
    public async Task NegativeZeroIsReadAsZero(string field, string negativeZero)
    {
        var zero = ApplicationJson.Sample().Set(field, "0");
        var expected = Scoring(await _client.PredictAsync(zero.ToString()));

        var actual = Scoring(await _client.PredictAsync(zero.Set(field, negativeZero).ToString()));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task RepeatedRequestsGiveIdenticalResults()
    {
        var first = Scoring(await _client.PredictAsync(ApplicationJson.SampleText));

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(first, Scoring(await _client.PredictAsync(ApplicationJson.SampleText)));
        }
    }

    [Fact]
    public async Task ConcurrentRequestsForDifferentApplicantsDoNotLeakIntoEachOther()
    {
        var bodies = s_variedApplications;
        var expected = new List<string>();
        foreach (var body in bodies)
        {
            expected.Add(Scoring(await _client.PredictAsync(body)));
        }

        var requests = Enumerable.Range(0, 48).Select(index => bodies[index % bodies.Length]).ToList();
        var responses = await Task.WhenAll(requests.Select(body => _client.PredictAsync(body)));

        for (var index = 0; index < responses.Length; index++)
        {
            Assert.Equal(expected[index % bodies.Length], Scoring(responses[index]));
        }
    }

    [Fact]
    public async Task EachRequestGetsItsOwnRequestId()
    {
        var first = await _client.PredictAsync(ApplicationJson.SampleText);
        var second = await _client.PredictAsync(ApplicationJson.SampleText);

        Assert.NotEqual(
            ResponseAssert.Prediction(first).GetProperty("request_id").GetString(),
            ResponseAssert.Prediction(second).GetProperty("request_id").GetString());
    }

    /// <summary>The success body without its per-request id: what identical input must reproduce.</summary>
    private static string Scoring(ApiResponse response)
    {
        ResponseAssert.Prediction(response);

        var body = JsonNode.Parse(response.Body)!.AsObject();
        body.Remove("request_id");
        return body.ToJsonString();
    }

    private static string With(string field, string rawValue) =>
        ApplicationJson.Sample().Set(field, rawValue).ToString();

    private static string Indented(string json) =>
        JsonSerializer.Serialize(
            JsonSerializer.Deserialize<JsonElement>(json),
            new JsonSerializerOptions { WriteIndented = true });
}
