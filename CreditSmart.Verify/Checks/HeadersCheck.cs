using CreditSmart.Scoring.Model;
using CreditSmart.Verify.Data;

namespace CreditSmart.Verify.Checks;

/// <summary>
/// <c>X-API-Version: v1</c> and <c>X-Request-ID</c> on successes and on errors, the request ID
/// the same as the body's, and a caller's own request ID kept.
/// </summary>
public sealed class HeadersCheck : IReleaseCheck
{
    private const string NoSuchPath = "/api/v1/verify-no-such-path";

    public string Name => "headers";

    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var client = context.Client;
        var ownId = $"verify-{Guid.NewGuid():N}";

        var typical = ApplicationJson.From(GoldenApplications.Typical);
        var probes = new (string Label, int Expected, TimedResponse Response, string? SentId)[]
        {
            ("prediction", 200, await client.PredictAsync(typical, cancellationToken, ownId), ownId),
            ("health", 200, await client.HealthAsync(cancellationToken), null),
            ("422 (empty object)", 422, await client.PredictAsync("{}", cancellationToken), null),
            ("404 (no such path)", 404,
                await client.SendAsync(HttpMethod.Get, NoSuchPath, null, null, cancellationToken), null),
        };

        var problems = probes
            .SelectMany(probe => Problems(probe.Label, probe.Expected, probe.Response, probe.SentId))
            .ToList();

        return CheckResult.Judged(
            Name,
            problems.Count == 0,
            problems.Count == 0
                ? $"{probes.Length} of {probes.Length} responses (2 successes, 2 errors) carry X-API-Version v1 and their X-Request-ID"
                : string.Join("; ", problems),
            "X-API-Version: v1 and an X-Request-ID matching the body's request_id on every response, a caller's own ID kept",
            new Dictionary<string, double> { ["responses"] = probes.Length, ["problems"] = problems.Count });
    }

    // Only answers of the expected kind count: a refusal (a 401 for a missing key) carries the
    // headers too, and would otherwise pass for the successes and errors this check is about.
    private static IEnumerable<string> Problems(string label, int expected, TimedResponse response, string? sentId)
    {
        if (response.Status != expected)
        {
            yield return $"{label}: answered {response.Describe()}, not {expected}";
            yield break;
        }

        if (response.Header("X-API-Version") != "v1")
        {
            yield return $"{label}: X-API-Version is {response.Header("X-API-Version") ?? "missing"}";
        }

        var requestId = response.Header("X-Request-ID");
        if (string.IsNullOrEmpty(requestId))
        {
            yield return $"{label}: no X-Request-ID";
            yield break;
        }

        if (sentId is not null && requestId != sentId)
        {
            yield return $"{label}: the caller's X-Request-ID was not kept";
        }

        // Health's body has no request_id; predictions and problems do.
        if (response.JsonObject() is { } body && body.TryGetProperty("request_id", out _)
            && response.JsonString("request_id") != requestId)
        {
            yield return $"{label}: the body's request_id differs from X-Request-ID";
        }
    }
}
