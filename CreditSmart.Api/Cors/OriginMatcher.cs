using System.Text;

namespace CreditSmart.Api.Cors;

/// <summary>
/// Matches a request's <c>Origin</c> against the configured origins exactly: same scheme, host and
/// port. No suffix, prefix or pattern ever matches, so <c>https://app.example.com.evil.com</c> is
/// not <c>https://app.example.com</c>, and the opaque origin <c>null</c> matches nothing.
/// </summary>
public sealed class OriginMatcher(IEnumerable<string> origins)
{
    // Schemes and host names are case-insensitive; browsers send them in lower case anyway.
    private readonly HashSet<string> _origins = new(origins, StringComparer.OrdinalIgnoreCase);

    public bool IsAllowed(string origin) => _origins.Contains(origin);

    /// <summary>
    /// True for an origin written the way a browser sends it: http or https, an ASCII host, a port
    /// only when it is not the scheme's default, and nothing after it.
    /// </summary>
    public static bool IsOrigin(string? candidate) =>
        // A browser sends an internationalised host in its xn-- form; any other spelling never matches.
        Ascii.IsValid(candidate)
        && Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.UserInfo.Length == 0
        && uri.Host.Length > 0
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), candidate, StringComparison.OrdinalIgnoreCase);
}
