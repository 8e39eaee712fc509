namespace CreditSmart.Api.Security;

public static class SecurityHeadersExtensions
{
    /// <summary>
    /// No <c>Server</c> banner from Kestrel: it tells a prober what to attack and a client
    /// nothing. The headers every response carries are added by <c>UseApiHeaders</c>.
    /// </summary>
    public static WebApplicationBuilder AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        return builder;
    }
}
