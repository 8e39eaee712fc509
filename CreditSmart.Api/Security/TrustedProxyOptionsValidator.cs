using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Security;

/// <summary>
/// Stops start-up on a proxy setting that is unreadable or would let any client pick its own
/// address (and so its rate-limit partition), naming the key to fix.
/// </summary>
public sealed class TrustedProxyOptionsValidator(IConfiguration configuration) : IValidateOptions<TrustedProxyOptions>
{
    // ASP.NET Core's own switch (ASPNETCORE_FORWARDEDHEADERS_ENABLED) trusts every peer.
    private const string FrameworkSwitch = "FORWARDEDHEADERS_ENABLED";

    public ValidateOptionsResult Validate(string? name, TrustedProxyOptions options)
    {
        var failures = new List<string>();
        var section = TrustedProxyOptions.SectionName;

        for (var index = 0; index < options.KnownProxies.Count; index++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[index], out _))
            {
                failures.Add(Invariant($"{section}:KnownProxies:{index} must be an IP address, e.g. 10.0.0.5."));
            }
        }

        for (var index = 0; index < options.KnownNetworks.Count; index++)
        {
            if (!IPNetwork.TryParse(options.KnownNetworks[index], out var network))
            {
                failures.Add(Invariant($"{section}:KnownNetworks:{index} must be a network in CIDR form, e.g. 10.0.0.0/24."));
            }
            else if (network.PrefixLength == 0)
            {
                failures.Add(Invariant($"{section}:KnownNetworks:{index} trusts every address; name the proxies' own network."));
            }
        }

        // Read as the framework reads it: only "true" switches it on, and any other text is not an error.
        if (string.Equals(configuration[FrameworkSwitch], "true", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"ASPNETCORE_{FrameworkSwitch} trusts X-Forwarded-For from any client; unset it and "
                + $"name the proxy in {section}:KnownProxies or {section}:KnownNetworks instead.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
