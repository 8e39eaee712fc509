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

        var allowedOrigin = allowed.Header(AllowOrigin);
        var allowedOk = allowed.Status is >= 200 and < 300 && (allowedOrigin == origin || allowedOrigin == "*");
        var foreignCors = foreign.Headers.Keys.Where(name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase)).ToArray();

        return CheckResult.Judged(
            Name,
            allowedOk && foreign.Status is not null && foreignCors.Length == 0,
            $"preflight from {origin}: {allowed.Describe()}, {AllowOrigin} {allowedOrigin ?? "absent"}; " +
            $"from {VerifyOptions.ForeignOrigin}: {foreign.Describe()}, " +
            (foreignCors.Length == 0 ? "no CORS headers" : string.Join(", ", foreignCors)),
            $"a 2xx allowing {origin}, and no Access-Control-* header for any other origin",
            new Dictionary<string, double> { ["foreign_cors_headers"] = foreignCors.Length });
    }

    private static Task<TimedResponse> PreflightAsync(VerifyContext context, string origin, CancellationToken cancellationToken)
    {
        var requestedHeaders = context.Options.ApiKey is null ? "content-type" : "content-type,x-api-key";
        return context.Client.SendAsync(
            HttpMethod.Options,
            VerifyClient.PredictPath,
            content: null,
            new Dictionary<string, string>
            {
                ["Origin"] = origin,
                ["Access-Control-Request-Method"] = "POST",
                ["Access-Control-Request-Headers"] = requestedHeaders,
            },
            cancellationToken);
    }
}
