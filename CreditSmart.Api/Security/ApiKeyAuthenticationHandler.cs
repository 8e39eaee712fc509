using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using CreditSmart.Api.WarmUp;
using Microsoft.Extensions.Options;
using static CreditSmart.Api.Problems.Problems;

namespace CreditSmart.Api.Security;

/// <summary>
/// The <c>ApiKey</c> authentication scheme: a valid <c>X-API-Key</c> makes the caller the key's
/// id. The key is only hashed and compared, never logged or echoed.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    KnownApiKeys keys,
    WarmUpRequests warmUps)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The authorization policy on every API endpoint; it requires a key only when keys are required.</summary>
    public const string PolicyName = "api-caller";

    /// <summary>
    /// The caller id of the start-up warm-up's own requests. '$' is outside the characters a
    /// configured id may use, so no caller can share it.
    /// </summary>
    public const string WarmUpCallerId = "$warm-up";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // The warm-up carries this process's secret token instead of a key, so a service that
        // requires keys still warms up; it needs no key of any caller's to do so.
        if (warmUps.IsWarmUp(Context))
        {
            return Task.FromResult(Authenticated(WarmUpCallerId));
        }

        var presented = Request.Headers[ApiKeyOptions.HeaderName];
        if (presented.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (presented.Count > 1 || keys.Find(presented[0] ?? "") is not { } id)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }

        return Task.FromResult(Authenticated(id));
    }

    private static AuthenticateResult Authenticated(string callerId)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, callerId)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    // A missing and a wrong key get the same answer, so the reply tells a prober nothing.
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{ApiKeyOptions.HeaderName}\"";
        return Unauthorized(ApiKeyOptions.HeaderName).ExecuteAsync(Context);
    }
}
