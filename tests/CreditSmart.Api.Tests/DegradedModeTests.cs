using System.Net;
using System.Text.Json;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests;

public sealed class DegradedModeTests(BrokenModelApis apis) : IClassFixture<BrokenModelApis>
{
    private const string RulesModelVersion = "deterministic-v1.0.0";

    /// <summary>Applicants the monotonicity checks vary one field of.</summary>
    private static readonly string[] s_baselines =
    [
        ApplicationJson.SampleText,
        ApplicationJson.Sample()
            .Set("annual_income", "30000").SetString("home_ownership", "RENT").SetString("purpose", "small_business")
            .Set("delinquencies_2y", "2").Set("inquiries_6m", "5").Set("employment_length_years", "0").ToString(),
        ApplicationJson.Sample()
            .Set("annual_income", "400000").Set("loan_amount", "5000").Set("loan_term_months", "36")
            .SetString("home_ownership", "OWN").SetString("purpose", "car").Set("inquiries_6m", "0").ToString(),
    ];

    public static TheoryData<string> Scenarios => BrokenModelApis.Scenarios;

    public static TheoryData<string> Baselines => new(s_baselines);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task PredictFallsBackToTheRuleEngine(string scenario)
    {
        var client = apis.ClientFor(scenario);

        var response = await client.PredictAsync(ApplicationJson.SampleText);

        var json = ResponseAssert.Prediction(response);
        Assert.Equal(RulesModelVersion, json.GetProperty("model_version").GetString());
        Assert.True(json.GetProperty("degraded").GetBoolean());
        Assert.Equal("rules", json.GetProperty("scoring_mode").GetString());
        Assert.NotEqual(0, json.GetProperty("key_factors").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task HealthReportsDegradedWithoutAModel(string scenario)
    {
        var client = apis.ClientFor(scenario);

        var response = await client.GetResponseAsync(ApiClientExtensions.HealthPath);

        ResponseAssert.Status(response, HttpStatusCode.OK);
        var json = response.Json;
        Assert.Equal("degraded", ResponseAssert.NonEmptyString(json, "service_status"));
        Assert.Equal(JsonValueKind.False, ResponseAssert.Property(json, "model_loaded").ValueKind);
        Assert.Equal("v1", ResponseAssert.NonEmptyString(json, "api_version"));
        Assert.Equal("1.0.0", ResponseAssert.NonEmptyString(json, "app_version"));
        ResponseAssert.NonEmptyString(json, "model_version");
        Assert.True(ResponseAssert.Property(json, "uptime_seconds").GetDouble() >= 0);
        ResponseAssert.NoInternals(response);
    }

    [Fact]
    public async Task AnApplicantWhoMatchesEveryRuleBaselineGetsTheBaseRateAndNoKeyFactors()
    {
        var client = apis.ClientFor(BrokenModelApis.Missing);

        var response = await client.PredictAsync(ApplicationJson.Average().ToString());

        // No rule moves this applicant's score, so no factor can honestly be named.
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var json = response.Json;
        Assert.Equal("rules", json.GetProperty("scoring_mode").GetString());
        Assert.Equal(0.15, json.GetProperty("prediction").GetDouble(), precision: 4);
        Assert.Equal(0, json.GetProperty("key_factors").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Baselines))]
    public async Task ALowerCreditScoreNeverLowersTheRulePrediction(string baseline)
    {
        var client = apis.ClientFor(BrokenModelApis.Missing);
        string[] fromBestToWorst = ["850", "800", "760", "720", "680", "640", "600", "520", "440", "300"];

        var predictions = await PredictionsAsync(client, baseline, "credit_score", fromBestToWorst);

        AssertNeverFalls(predictions, "credit_score", fromBestToWorst);
    }

    [Theory]
    [MemberData(nameof(Baselines))]
    public async Task AHigherMonthlyDebtNeverLowersTheRulePrediction(string baseline)
    {
        var client = apis.ClientFor(BrokenModelApis.Missing);
        string[] fromLeastToMost = ["0", "100", "500", "1000", "2000", "3500", "6000", "12000", "40000", "100000"];

        var predictions = await PredictionsAsync(client, baseline, "monthly_debt", fromLeastToMost);

        AssertNeverFalls(predictions, "monthly_debt", fromLeastToMost);
    }

    [Fact]
    public async Task TheRuleEngineGivesIdenticalOutputForIdenticalInputUnderConcurrency()
    {
        var client = apis.ClientFor(BrokenModelApis.RandomBytes);
        var bodies = s_baselines;

        var responses = await Task.WhenAll(
            Enumerable.Range(0, 30).Select(index => client.PredictAsync(bodies[index % bodies.Length])));

        for (var index = 0; index < responses.Length; index++)
        {
            Assert.Equal(Scoring(responses[index % bodies.Length]), Scoring(responses[index]));
        }
    }

    [Fact]
    public async Task ValidationStillAppliesWithoutAModel()
    {
        var client = apis.ClientFor(BrokenModelApis.TextRenamedZip);

        var response = await client.PredictAsync(ApplicationJson.Sample().Set("credit_score", "987654").ToString());

        var error = Assert.Single(ResponseAssert.ValidationErrors(response));
        Assert.Equal("credit_score:out_of_range", error.Key);
        ResponseAssert.DoesNotEcho(response, "987654");
    }

    private static async Task<IReadOnlyList<double>> PredictionsAsync(
        HttpClient client, string baseline, string field, IEnumerable<string> values)
    {
        var application = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(baseline)!;
        var predictions = new List<double>();
        foreach (var value in values)
        {
            application[field] = JsonSerializer.Deserialize<JsonElement>(value);
            var json = ResponseAssert.Prediction(await client.PredictAsync(JsonSerializer.Serialize(application)));
            Assert.Equal("rules", json.GetProperty("scoring_mode").GetString());
            predictions.Add(json.GetProperty("prediction").GetDouble());
        }

        return predictions;
    }

    private static void AssertNeverFalls(IReadOnlyList<double> predictions, string field, string[] values)
    {
        for (var index = 1; index < predictions.Count; index++)
        {
            Assert.True(
                predictions[index] >= predictions[index - 1],
                $"{field} {values[index - 1]} scored {predictions[index - 1]}, "
                    + $"but {values[index]} scored {predictions[index]}");
        }
    }

    private static string Scoring(ApiResponse response)
    {
        var json = ResponseAssert.Prediction(response);
        return string.Join(
            "|",
            json.GetProperty("prediction").GetRawText(),
            json.GetProperty("risk_band").GetString(),
            json.GetProperty("key_factors").GetRawText(),
            json.GetProperty("model_version").GetString());
    }
}
