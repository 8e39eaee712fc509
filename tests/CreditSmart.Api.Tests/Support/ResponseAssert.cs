using System.Net;
using System.Text.Json;

namespace CreditSmart.Api.Tests.Support;

/// <summary>The contract's response shapes, asserted field by field.</summary>
public static class ResponseAssert
{
    public const string ProblemMediaType = "application/problem+json";

    /// <summary>The risk bands, from least to most risky.</summary>
    public static readonly string[] RiskBands = ["low", "medium", "high", "very_high"];

    private static readonly string[] s_internalMarkers =
    [
        "Exception", "StackTrace", "   at ", ".cs:line", ".dll", "System.Text.Json", "Microsoft.",
        "/work/", "/tmp/", "/home/", "/root/", "/usr/", ":\\",
    ];

    /// <summary>Asserts the status and the problem+json shape every error shares; returns the body.</summary>
    public static JsonElement Problem(ApiResponse response, HttpStatusCode status)
    {
        Status(response, status);
        Assert.Equal(ProblemMediaType, response.MediaType);

        var json = response.Json;
        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        NonEmptyString(json, "type");
        NonEmptyString(json, "title");
        Assert.Equal((int)status, Property(json, "status").GetInt32());
        NonEmptyString(json, "detail");
        Assert.Equal(response.RequestIdHeader, NonEmptyString(json, "request_id"));
        Assert.Equal("v1", NonEmptyString(json, "api_version"));

        NoInternals(response);
        return json;
    }

    /// <summary>Asserts a 422 validation problem; returns its errors, each with a message.</summary>
    public static IReadOnlyList<ValidationError> ValidationErrors(ApiResponse response)
    {
        var json = Problem(response, HttpStatusCode.UnprocessableEntity);
        var errors = Property(json, "errors");
        Assert.Equal(JsonValueKind.Array, errors.ValueKind);

        return [.. errors.EnumerateArray().Select(error => new ValidationError(
            NonEmptyString(error, "field"),
            NonEmptyString(error, "code"),
            NonEmptyString(error, "message")))];
    }

    /// <summary>
    /// Asserts the success shape shared by the model and the rule engine: band and decision agree,
    /// key factors are valid and ordered. The caller asserts which scorer answered.
    /// </summary>
    public static JsonElement Prediction(ApiResponse response)
    {
        Status(response, HttpStatusCode.OK);
        Assert.Equal("application/json", response.MediaType);

        var json = response.Json;
        Assert.Equal("success", NonEmptyString(json, "status"));
        Assert.Equal(response.RequestIdHeader, NonEmptyString(json, "request_id"));
        Assert.Equal("v1", NonEmptyString(json, "api_version"));
        NonEmptyString(json, "model_version");
        NonEmptyString(json, "scoring_mode");
        NonEmptyString(json, "explanation_method");
        Assert.Contains(Property(json, "degraded").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });

        var probability = Property(json, "prediction").GetDouble();
        Assert.InRange(probability, 0.0, 1.0);

        var band = NonEmptyString(json, "risk_band");
        Assert.Contains(band, RiskBands);
        Assert.Equal(DecisionFor(band), NonEmptyString(json, "decision"));

        KeyFactors(json);
        return json;
    }

    /// <summary>The decision the contract ties to each risk band.</summary>
    public static string DecisionFor(string band) => band switch
    {
        "low" => "approve",
        "medium" => "review",
        _ => "decline",
    };

    /// <summary>No stack trace, exception type, file path or framework internals in the body.</summary>
    public static void NoInternals(ApiResponse response)
    {
        foreach (var marker in s_internalMarkers)
        {
            Assert.False(
                response.Body.Contains(marker, StringComparison.Ordinal),
                $"The body shows internals ('{marker}'): {response.Body}");
        }
    }

    /// <summary>None of the values the caller sent is echoed anywhere in the body.</summary>
    public static void DoesNotEcho(ApiResponse response, params string[] sentValues)
    {
        foreach (var value in sentValues)
        {
            Assert.False(
                response.Body.Contains(value, StringComparison.Ordinal),
                $"The body echoes the submitted value '{value}': {response.Body}");
        }
    }

    public static void Status(ApiResponse response, HttpStatusCode status)
    {
        Assert.True(response.Status == status, $"Expected {(int)status}, got {response}");
    }

    public static JsonElement Property(JsonElement json, string name)
    {
        Assert.True(
            json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value),
            $"Expected a '{name}' member in {json.GetRawText()}");

        return json.GetProperty(name);
    }

    public static string NonEmptyString(JsonElement json, string name)
    {
        var value = Property(json, name);
        Assert.True(value.ValueKind == JsonValueKind.String, $"'{name}' should be a string: {value.GetRawText()}");

        var text = value.GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(text), $"'{name}' should not be empty");
        return text;
    }

    private static void KeyFactors(JsonElement json)
    {
        var factors = Property(json, "key_factors");
        Assert.Equal(JsonValueKind.Array, factors.ValueKind);
        Assert.True(
            factors.GetArrayLength() is >= 1 and <= 5,
            $"Expected 1 to 5 key factors: {json.GetRawText()}");

        var impacts = new List<double>();
        var features = new List<string>();
        foreach (var factor in factors.EnumerateArray())
        {
            var feature = NonEmptyString(factor, "feature");
            Assert.Contains(feature, ApplicationJson.RequiredFields);
            features.Add(feature);

            Assert.Contains(NonEmptyString(factor, "direction"), new[] { "increases_risk", "decreases_risk" });
            NonEmptyString(factor, "reason");

            var impact = Property(factor, "impact").GetDouble();
            Assert.True(impact > 0, $"Impact should be positive: {factor.GetRawText()}");
            impacts.Add(impact);
        }

        Assert.Equal(features.Count, features.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(impacts.OrderByDescending(impact => impact), impacts);
    }
}
