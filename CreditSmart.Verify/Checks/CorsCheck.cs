namespace CreditSmart.Verify.Checks;

/// <summary>
/// A browser's preflight from the allowed origin is answered with that origin allowed; one from
/// an origin nobody configured gets no CORS headers at all. Not checked without an origin, since
/// which origins a deployment allows is its own setting.
/// </summary>
public sealed class CorsCheck : IReleaseCheck
{
    private const string AllowOrigin = "Access-Control-Allow-Origin";

    public string Name => "cors";

    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        if (context.Options.Origin is not { } origin)
        {
            return new CheckResult(
                Name, CheckOutcome.NotChecked, "not checked: pass --origin with an origin the deployment allows", null,
                new Dictionary<string, double>());
        }

        var allowed = await PreflightAsync(context, origin, cancellationToken);
        var foreign = await PreflightAsync(context, VerifyOptions.ForeignOrigin, cancellationToken);

        // What a browser needs before it posts JSON: the origin, the method and the Content-Type header allowed.
        var allowedOrigin = allowed.Header(AllowOrigin);
        var allowedOk = allowed.Status is >= 200 and < 300
            && (allowedOrigin == origin || allowedOrigin == "*")
            && Lists(allowed.Header("Access-Control-Allow-Methods"), "POST")
            && Lists(allowed.Header("Access-Control-Allow-Headers"), "content-type");
        var foreignCors = foreign.Headers.Keys.Where(name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase)).ToArray();

        return CheckResult.Judged(
            Name,
            allowedOk && foreign.Status is not null && foreignCors.Length == 0,
            $"preflight from {origin}: {allowed.Describe()}, {AllowOrigin} {allowedOrigin ?? "absent"}, " +
            $"methods {allowed.Header("Access-Control-Allow-Methods") ?? "absent"}, headers {allowed.Header("Access-Control-Allow-Headers") ?? "absent"}; " +
            $"from {VerifyOptions.ForeignOrigin}: {foreign.Describe()}, " +
            (foreignCors.Length == 0 ? "no CORS headers" : string.Join(", ", foreignCors)),
            $"a 2xx allowing {origin}, POST and Content-Type, and no Access-Control-* header for any other origin",
            new Dictionary<string, double> { ["foreign_cors_headers"] = foreignCors.Length });
    }

    private static bool Lists(string? header, string value) =>
        header is not null
        && header.Split(',', StringSplitOptions.TrimEntries).Any(item => item == "*" || item.Equals(value, StringComparison.OrdinalIgnoreCase));

    // Asks only for what a browser posting JSON asks for; an API key is for servers, not pages.
    private static Task<TimedResponse> PreflightAsync(VerifyContext context, string origin, CancellationToken cancellationToken)
    {
        return context.Client.SendAsync(
            HttpMethod.Options,
            VerifyClient.PredictPath,
            content: null,
            new Dictionary<string, string>
            {
                ["Origin"] = origin,
                ["Access-Control-Request-Method"] = "POST",
                ["Access-Control-Request-Headers"] = "content-type",
            },
            cancellationToken);
    }
}
