using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CreditSmart.Verify.Checks;

/// <summary>
/// Each of <see cref="InvalidRequests.All"/> gets its documented 4xx as problem+json with the
/// documented <c>type</c> (and, for a 422, the field and code), and none a 5xx.
/// </summary>
public sealed class InvalidRequestsCheck : IReleaseCheck
{
    // Enough of the mismatches to act on without flooding the checklist.
    private const int MismatchesShown = 5;

    public string Name => "invalid requests";

    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var mismatches = new List<string>();
        var serverErrors = 0;
        foreach (var invalid in InvalidRequests.All)
        {
            var response = await context.Client.SendAsync(
                new HttpMethod(invalid.Method), invalid.Path, Content(invalid), headers: null, cancellationToken);
            serverErrors += response.Status >= 500 ? 1 : 0;

            if (Mismatch(invalid, response) is { } mismatch)
            {
                mismatches.Add($"{invalid.Label}: {mismatch}");
            }
        }

        var total = InvalidRequests.All.Count;
        var measured = $"{total - mismatches.Count} of {total} got their documented 4xx; {serverErrors} got a 5xx";
        if (mismatches.Count > 0)
        {
            measured += " (" + string.Join("; ", mismatches.Take(MismatchesShown)) + (mismatches.Count > MismatchesShown ? "; ..." : "") + ")";
        }

        return CheckResult.Judged(
            Name,
            mismatches.Count == 0 && serverErrors == 0,
            measured,
            "every one its documented status and problem type (README, Errors), none a 5xx",
            new Dictionary<string, double>
            {
                ["requests"] = total,
                ["mismatches"] = mismatches.Count,
                ["server_errors"] = serverErrors,
            });
    }

    private static HttpContent? Content(InvalidRequest invalid)
    {
        if (invalid.Body is null)
        {
            return null;
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(invalid.Body));
        if (invalid.ContentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(invalid.ContentType);
        }

        return content;
    }

    private static string? Mismatch(InvalidRequest invalid, TimedResponse response)
    {
        if (response.Status != invalid.ExpectedStatus)
        {
            return $"expected {invalid.ExpectedStatus}, got {response.Describe()}";
        }

        if (response.Header("Content-Type")?.StartsWith("application/problem+json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return $"{invalid.ExpectedStatus} but not application/problem+json";
        }

        var type = response.JsonString("type");
        if (type != invalid.ExpectedType)
        {
            return $"type {type ?? "(none)"}, expected {invalid.ExpectedType}";
        }

        if (invalid.ExpectedField is null || HasError(response, invalid.ExpectedField, invalid.ExpectedCode!))
        {
            return null;
        }

        return $"no error {invalid.ExpectedCode} at {invalid.ExpectedField}";
    }

    private static bool HasError(TimedResponse response, string field, string code) =>
        response.JsonObject() is { } body
        && body.TryGetProperty("errors", out var errors)
        && errors.ValueKind == JsonValueKind.Array
        && errors.EnumerateArray().Any(error =>
            error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String && f.GetString() == field
            && error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() == code);
}
