namespace CreditSmart.Api.Cors;

/// <summary>
/// Which browser origins may call the API (the <c>Cors</c> section). Named apart from ASP.NET
/// Core's own <c>CorsOptions</c>, which holds the policies built from these settings.
/// </summary>
public sealed class CorsSettings
{
    public const string SectionName = "Cors";

    /// <summary>The policy the settings build; every endpoint uses it.</summary>
    public const string PolicyName = "frontend";

    /// <summary>Any origin at all: refused in Production and with credentials.</summary>
    public const string Wildcard = "*";

    /// <summary>
    /// The exact origins a browser page may call from (<c>Cors:AllowedOrigins</c>), such as
    /// <c>https://app.example.com</c> or <c>http://localhost:3000</c>. Empty: no page may.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// Whether a page may send cookies or HTTP authentication with its calls
    /// (<c>Cors:AllowCredentials</c>). The API uses neither, so it is off by default.
    /// </summary>
    public bool AllowCredentials { get; set; }

    /// <summary>The request headers a frontend sends, besides those a browser always allows.</summary>
    public static IReadOnlyList<string> AllowedHeaders { get; } = ["Content-Type", "X-Request-ID", "X-API-Key"];

    /// <summary>The response headers a page's script may read, besides the CORS-safelisted ones.</summary>
    public static IReadOnlyList<string> ExposedHeaders { get; } = ["X-Request-ID", "X-API-Version", "X-Cache"];

    /// <summary>The methods the API's endpoints answer.</summary>
    public static IReadOnlyList<string> AllowedMethods { get; } = ["GET", "POST"];

    public bool AllowsAnyOrigin => AllowedOrigins.Contains(Wildcard, StringComparer.Ordinal);
}
