namespace CreditSmart.Api.Security;

/// <summary>
/// Which peers may tell the API the client's address (the <c>ForwardedHeaders</c> section). With
/// both lists empty, X-Forwarded-For and X-Forwarded-Proto are ignored.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Reverse proxies by address (<c>ForwardedHeaders:KnownProxies:0</c>, e.g. <c>10.0.0.5</c>).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of reverse proxies in CIDR form (<c>ForwardedHeaders:KnownNetworks:0</c>, e.g. <c>10.0.0.0/24</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
