using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests;

public sealed class PredictValidationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>
    /// Each case: a name, the body sent, and every error the API must list, as "field:code" joined
    /// by " + ". The list is exact: a missing error or an extra one fails the case.
    /// </summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        // required
        { "annual_income missing", Without("annual_income"), "annual_income:required" },
        { "purpose missing", Without("purpose"), "purpose:required" },
        { "loan_term_months missing", Without("loan_term_months"), "loan_term_months:required" },
        {
            "two fields missing", Without("credit_score", "inquiries_6m"),
            "credit_score:required + inquiries_6m:required"
        },
        { "empty object", "{}", string.Join(" + ", ApplicationJson.RequiredFields.Select(Required)) },

        // unknown_field
        {
            "other case of a real name", Renamed("annual_income", "Annual_Income"),
            "Annual_Income:unknown_field + annual_income:required"
        },
        {
            "camelCase of a real name", Renamed("annual_income", "annualIncome"),
            "annualIncome:unknown_field + annual_income:required"
        },
        {
            "upper case of a real name", Renamed("credit_score", "CREDIT_SCORE"),
            "CREDIT_SCORE:unknown_field + credit_score:required"
        },
        {
            // A key that is not a plain token is not repeated: it could carry a value.
            "real name with a space", Renamed("annual_income", "annual income"),
            "$:unknown_field + annual_income:required"
        },
        { "extra field", WithExtra("ssn", "\"zzsentinel\""), "ssn:unknown_field" },
        { "extra object field", WithExtra("extra", """{"a":[1,2]}"""), "extra:unknown_field" },
        {
            "near-miss of the optional version", Renamed("schema_version", "schemaVersion"),
            "schemaVersion:unknown_field"
        },

        // duplicate_field
        { "credit_score twice", WithExtra("credit_score", "700"), "credit_score:duplicate_field" },
        { "purpose twice", WithExtra("purpose", "\"car\""), "purpose:duplicate_field" },
        { "schema_version twice", WithExtra("schema_version", "\"v1\""), "schema_version:duplicate_field" },
        { "same key once escaped", WithExtra("credit\\u005fscore", "720"), "credit_score:duplicate_field" },

        // wrong_type
        { "numeric string", With("credit_score", "\"720\""), "credit_score:wrong_type" },
        { "NaN string", With("annual_income", "\"NaN\""), "annual_income:wrong_type" },
        { "Infinity string", With("monthly_debt", "\"Infinity\""), "monthly_debt:wrong_type" },
        { "-Infinity string", With("loan_amount", "\"-Infinity\""), "loan_amount:wrong_type" },
        { "number for a string", With("home_ownership", "1"), "home_ownership:wrong_type" },
        { "null", With("purpose", "null"), "purpose:wrong_type" },
        { "null number", With("inquiries_6m", "null"), "inquiries_6m:wrong_type" },
        { "true", With("loan_amount", "true"), "loan_amount:wrong_type" },
        { "false", With("home_ownership", "false"), "home_ownership:wrong_type" },
        { "array", With("credit_score", "[720]"), "credit_score:wrong_type" },
        { "object", With("annual_income", """{"value":75000}"""), "annual_income:wrong_type" },
        { "number for the version", With("schema_version", "1"), "schema_version:wrong_type" },
        { "null version", With("schema_version", "null"), "schema_version:wrong_type" },
        { "root array", "[]", "$:wrong_type" },
        { "root array of the sample", $"[{ApplicationJson.SampleText}]", "$:wrong_type" },
        { "root string", "\"hello\"", "$:wrong_type" },
        { "root number", "42", "$:wrong_type" },

        // not_finite
        { "1e400", With("annual_income", "1e400"), "annual_income:not_finite" },
        { "-1e400", With("monthly_debt", "-1e400"), "monthly_debt:not_finite" },
        { "1e309 in an integer field", With("credit_score", "1e309"), "credit_score:not_finite" },
        { "huge literal", With("loan_amount", "1" + new string('0', 400)), "loan_amount:not_finite" },

        // not_integer
        { "credit_score 720.5", With("credit_score", "720.5"), "credit_score:not_integer" },
        { "delinquencies_2y 0.5", With("delinquencies_2y", "0.5"), "delinquencies_2y:not_integer" },
        { "loan_term_months 36.5", With("loan_term_months", "36.5"), "loan_term_months:not_integer" },
        { "inquiries_6m 1.000001", With("inquiries_6m", "1.000001"), "inquiries_6m:not_integer" },
        { "employment 2.5e0", With("employment_length_years", "2.5e0"), "employment_length_years:not_integer" },
        { "open accounts 1e-1", With("number_of_open_accounts", "1e-1"), "number_of_open_accounts:not_integer" },

        // out_of_range
        { "credit_score below", With("credit_score", "299"), "credit_score:out_of_range" },
        { "credit_score above", With("credit_score", "851"), "credit_score:out_of_range" },
        { "credit_score far above", With("credit_score", "987654"), "credit_score:out_of_range" },
        { "credit_score past int32", With("credit_score", "2147483648"), "credit_score:out_of_range" },
        { "annual_income below", With("annual_income", "999.99"), "annual_income:out_of_range" },
        { "annual_income above", With("annual_income", "10000000.01"), "annual_income:out_of_range" },
        { "monthly_debt negative", With("monthly_debt", "-1"), "monthly_debt:out_of_range" },
        { "monthly_debt above", With("monthly_debt", "123457"), "monthly_debt:out_of_range" },
        { "loan_amount below", With("loan_amount", "499"), "loan_amount:out_of_range" },
        { "loan_amount above", With("loan_amount", "50000.5"), "loan_amount:out_of_range" },
        { "employment negative", With("employment_length_years", "-1"), "employment_length_years:out_of_range" },
        { "employment above", With("employment_length_years", "61"), "employment_length_years:out_of_range" },
        { "open accounts above", With("number_of_open_accounts", "101"), "number_of_open_accounts:out_of_range" },
        {
            "open accounts below int32", With("number_of_open_accounts", "-2147483649"),
            "number_of_open_accounts:out_of_range"
        },
        { "delinquencies above", With("delinquencies_2y", "51"), "delinquencies_2y:out_of_range" },
        { "inquiries negative", With("inquiries_6m", "-3"), "inquiries_6m:out_of_range" },
        { "inquiries 1e20", With("inquiries_6m", "1e20"), "inquiries_6m:out_of_range" },

        // invalid_value
        { "loan_term_months 48", With("loan_term_months", "48"), "loan_term_months:invalid_value" },
        { "loan_term_months 37", With("loan_term_months", "37"), "loan_term_months:invalid_value" },
        { "loan_term_months 59.0", With("loan_term_months", "59.0"), "loan_term_months:invalid_value" },
        { "home_ownership lower case", WithText("home_ownership", "mortgage"), "home_ownership:invalid_value" },
        { "home_ownership NONE", WithText("home_ownership", "NONE"), "home_ownership:invalid_value" },
        { "home_ownership empty", WithText("home_ownership", ""), "home_ownership:invalid_value" },
        { "purpose boat", WithText("purpose", "boat"), "purpose:invalid_value" },
        { "purpose upper case", WithText("purpose", "CAR"), "purpose:invalid_value" },
        { "purpose padded", WithText("purpose", " car"), "purpose:invalid_value" },
        { "schema_version v2", WithText("schema_version", "v2"), "schema_version:invalid_value" },
        { "schema_version V1", WithText("schema_version", "V1"), "schema_version:invalid_value" },

        // several at once
        {
            "four problems in one body",
            Sample().Set("credit_score", "900").SetString("purpose", "boat").Remove("loan_amount")
                .Set("annual_income", "\"x\"").ToString(),
            "credit_score:out_of_range + purpose:invalid_value + loan_amount:required + annual_income:wrong_type"
        },
        {
            "one of each kind",
            Sample().Remove("inquiries_6m").Append("zzextra", "1").Append("purpose", "\"car\"")
                .Set("home_ownership", "null").Set("annual_income", "1e400").Set("credit_score", "700.5")
                .Set("monthly_debt", "-5").Set("loan_term_months", "48").ToString(),
            "inquiries_6m:required + zzextra:unknown_field + purpose:duplicate_field + home_ownership:wrong_type"
                + " + annual_income:not_finite + credit_score:not_integer + monthly_debt:out_of_range"
                + " + loan_term_months:invalid_value"
        },
    };

    /// <summary>Out-of-range values with the range their message must state.</summary>
    public static TheoryData<string, string, string, string> Ranges => new()
    {
        { "credit_score", "987654", "300", "850" },
        { "monthly_debt", "123457", "0", "100000" },
        { "delinquencies_2y", "123457", "0", "50" },
        { "annual_income", "987.654", "1000", "10000000" },
        { "loan_amount", "987654", "500", "50000" },
        { "inquiries_6m", "987654", "0", "50" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task InvalidApplicationsListEveryProblemWithItsCode(string name, string body, string expected)
    {
        var response = await _client.PredictAsync(body);

        var errors = ResponseAssert.ValidationErrors(response);
        var actual = errors.Select(error => error.Key).Order(StringComparer.Ordinal);
        var wanted = expected.Split(" + ").Order(StringComparer.Ordinal);
        Assert.True(wanted.SequenceEqual(actual), $"{name}: expected [{string.Join(", ", wanted)}], got {response}");
        ResponseAssert.DoesNotEcho(response, "zzsentinel");
    }

    [Theory]
    [MemberData(nameof(Ranges))]
    public async Task OutOfRangeMessagesStateTheRangeButNotTheValue(
        string field, string value, string minimum, string maximum)
    {
        var response = await _client.PredictAsync(Sample().Set(field, value).ToString());

        var error = Assert.Single(ResponseAssert.ValidationErrors(response));
        Assert.Equal($"{field}:out_of_range", error.Key);
        var digits = WithoutGrouping(error.Message);
        Assert.Contains(minimum, digits);
        Assert.Contains(maximum, digits);
        ResponseAssert.DoesNotEcho(response, value);
    }

    [Theory]
    [InlineData("purpose", "\"zzsentinel\"")]
    [InlineData("home_ownership", "\"zzsentinel\"")]
    [InlineData("loan_term_months", "48")]
    [InlineData("schema_version", "\"zzsentinel\"")]
    public async Task InvalidValueMessagesListTheAllowedValues(string field, string value)
    {
        var response = await _client.PredictAsync(Sample().Set(field, value).ToString());

        var error = Assert.Single(ResponseAssert.ValidationErrors(response));
        Assert.Equal($"{field}:invalid_value", error.Key);
        foreach (var allowed in AllowedValues(field))
        {
            Assert.Contains(allowed, error.Message);
        }

        ResponseAssert.DoesNotEcho(response, "zzsentinel");
    }

    [Theory]
    [InlineData("Annual_Income", "annual_income")]
    [InlineData("annualIncome", "annual_income")]
    [InlineData("CreditScore", "credit_score")]
    [InlineData("Inquiries_6m", "inquiries_6m")]
    [InlineData("monthly-debt", "monthly_debt")]
    [InlineData("delinquencies2y", "delinquencies_2y")]
    public async Task NearMissFieldNamesSuggestTheRealName(string nearMiss, string realName)
    {
        var response = await _client.PredictAsync(Renamed(realName, nearMiss));

        var errors = ResponseAssert.ValidationErrors(response);
        var unknown = Assert.Single(errors, error => error.Code == "unknown_field");
        Assert.Equal(nearMiss, unknown.Field);
        Assert.Contains(realName, unknown.Message);
        Assert.Contains(errors, error => error.Key == $"{realName}:required");
    }

    [Theory]
    [InlineData("credit_score", "\"zzsentinel\"")]
    [InlineData("zzextra", "\"zzsentinel\"")]
    [InlineData("credit_score", "987654.5")]
    [InlineData("purpose", "987654")]
    [InlineData("annual_income", "[\"zzsentinel\", 987654]")]
    [InlineData("delinquencies_2y", "123457")]
    public async Task ErrorBodiesNeverEchoTheSubmittedValue(string field, string value)
    {
        var response = await _client.PredictAsync(Sample().Set(field, value).ToString());

        Assert.NotEmpty(ResponseAssert.ValidationErrors(response));
        ResponseAssert.DoesNotEcho(response, "zzsentinel", "987654", "123457");
    }

    private static ApplicationJson Sample() => ApplicationJson.Sample();

    private static string Required(string field) => $"{field}:required";

    private static string With(string field, string rawValue) => Sample().Set(field, rawValue).ToString();

    private static string WithText(string field, string text) => Sample().SetString(field, text).ToString();

    private static string WithExtra(string key, string rawValue) => Sample().Append(key, rawValue).ToString();

    private static string Without(params string[] fields) => Sample().Remove(fields).ToString();

    private static string Renamed(string field, string newKey) => Sample().Rename(field, newKey).ToString();

    private static string WithoutGrouping(string message) =>
        message.Replace(",", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);

    private static IReadOnlyList<string> AllowedValues(string field) => field switch
    {
        "purpose" => ApplicationJson.Purposes,
        "home_ownership" => ApplicationJson.HomeOwnerships,
        "loan_term_months" => ["36", "60"],
        _ => ["v1"],
    };
}
