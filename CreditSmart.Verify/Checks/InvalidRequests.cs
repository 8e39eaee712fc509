using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Model;
using CreditSmart.Verify.Data;

namespace CreditSmart.Verify.Checks;

/// <summary>The batch of known invalid requests, one or more per row of the README's error table.</summary>
public static class InvalidRequests
{
    private const string Json = "application/json";
    private const string Predict = VerifyClient.PredictPath;
    private const string Problem = "urn:creditsmart:problem:";
    private const string Malformed = Problem + "malformed-json";
    private const string Invalid = Problem + "validation-failed";

    // Over the API's 10 KB body limit, though well-formed.
    private const int OversizedPadding = 11 * 1024;

    public static IReadOnlyList<InvalidRequest> All { get; } = Build();

    private static InvalidRequest[] Build()
    {
        var typical = GoldenApplications.Typical;
        var valid = ApplicationJson.From(typical);

        return
        [
            new("truncated JSON", "POST", Predict, Json, valid[..(valid.Length / 2)], 400, Malformed),
            new("empty body", "POST", Predict, Json, "", 400, Malformed),
            new("trailing bytes", "POST", Predict, Json, valid + "}", 400, Malformed),
            new("GET on predict", "GET", Predict, null, null, 405, Problem + "method-not-allowed"),
            new("unknown path", "GET", "/api/v1/verify-no-such-path", null, null, 404, Problem + "not-found"),
            new("body over 10 KB", "POST", Predict, Json, valid[..^1] + new string(' ', OversizedPadding) + "}", 413, Problem + "payload-too-large"),
            new("text/plain", "POST", Predict, "text/plain; charset=utf-8", valid, 415, Problem + "unsupported-media-type"),
            new("no Content-Type", "POST", Predict, null, valid, 415, Problem + "unsupported-media-type"),
            new("latin-1 charset", "POST", Predict, "application/json; charset=iso-8859-1", valid, 415, Problem + "unsupported-media-type"),
            new("missing field", "POST", Predict, Json, ApplicationJson.Without(typical, FieldNames.CreditScore), 422, Invalid, FieldNames.CreditScore, "required"),
            new("number as a string", "POST", Predict, Json, ApplicationJson.With(typical, FieldNames.CreditScore, "720"), 422, Invalid, FieldNames.CreditScore, "wrong_type"),
            new("credit score 900", "POST", Predict, Json, ApplicationJson.With(typical, FieldNames.CreditScore, 900), 422, Invalid, FieldNames.CreditScore, "out_of_range"),
            new("48-month term", "POST", Predict, Json, ApplicationJson.With(typical, FieldNames.LoanTermMonths, 48), 422, Invalid, FieldNames.LoanTermMonths, "invalid_value"),
            new("fractional integer", "POST", Predict, Json, ApplicationJson.With(typical, FieldNames.NumberOfOpenAccounts, 10.5), 422, Invalid, FieldNames.NumberOfOpenAccounts, "not_integer"),
            new("unknown purpose", "POST", Predict, Json, ApplicationJson.With(typical, FieldNames.Purpose, "yacht"), 422, Invalid, FieldNames.Purpose, "invalid_value"),
            new("unknown field", "POST", Predict, Json, ApplicationJson.With(typical, "favourite_colour", "blue"), 422, Invalid, "favourite_colour", "unknown_field"),
            new("root not an object", "POST", Predict, Json, "[]", 422, Invalid, "$", "wrong_type"),
        ];
    }
}
