using System.Net;
using CreditSmart.Api.Infrastructure;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Security;

public static class TrustedProxyExtensions
{
    /// <summary>
    /// The built-in forwarded-headers support, trusting only the proxies configured under
    /// <c>ForwardedHeaders</c>: the framework's default of trusting loopback is cleared, so
    /// nothing is trusted unless named.
    /// </summary>
    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrustedProxyOptions>()
            .BindSettings(TrustedProxyOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TrustedProxyOptions>, TrustedProxyOptionsValidator>();

        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
            {
                // The client's address and scheme only: a forwarded Host would steer nothing here.
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                // LIMITATION: the default ForwardLimit of 1 unwinds one proxy hop; behind two
                // proxies every client is counted as the first proxy.
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var proxy in trusted.Value.KnownProxies)
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                foreach (var network in trusted.Value.KnownNetworks)
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            });

        return builder;
    }

    /// <summary>Replaces the peer's address with the forwarded one, only when proxies are configured.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
