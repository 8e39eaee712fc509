using CreditSmart.Api.Infrastructure;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Cors;

public static class CorsExtensions
{
    /// <summary>
    /// ASP.NET Core's CORS with one named policy built from the <c>Cors</c> section: the listed
    /// origins only, matched exactly, the frontend's headers allowed and ours exposed.
    /// </summary>
    public static WebApplicationBuilder AddFrontendCors(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorsSettings>()
            .BindSettings(CorsSettings.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CorsSettings>, CorsSettingsValidator>();

        // LIMITATION: the policy is built once from the settings at start; a changed
        // Cors:AllowedOrigins takes effect only after a restart.
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>()
            .Configure<IOptions<CorsSettings>>((cors, settings) =>
                cors.AddPolicy(CorsSettings.PolicyName, policy => Build(policy, settings.Value)));

        return builder;
    }

    /// <summary>
    /// Answers preflights before routing's 405 or the endpoint's media-type check could refuse
    /// them, and adds the CORS headers as a response starts, so error responses carry them too.
    /// </summary>
    public static IApplicationBuilder UseFrontendCors(this IApplicationBuilder app) =>
        app.UseCors(CorsSettings.PolicyName);

    private static void Build(CorsPolicyBuilder policy, CorsSettings settings)
    {
        policy.WithMethods([.. CorsSettings.AllowedMethods])
            .WithHeaders([.. CorsSettings.AllowedHeaders])
            .WithExposedHeaders([.. CorsSettings.ExposedHeaders])
            // A browser asks again after ten minutes, so a changed policy reaches it soon.
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10));

        if (settings.AllowsAnyOrigin)
        {
            // Outside Production only (the validator refuses it there), and never with credentials.
            policy.AllowAnyOrigin();
            return;
        }

        // Our own matcher rather than WithOrigins: exact by construction, and ASP.NET Core then
        // sends Vary: Origin on every allowed response, so a cache never serves one origin's
        // answer to another.
        var matcher = new OriginMatcher(settings.AllowedOrigins);
        policy.SetIsOriginAllowed(matcher.IsAllowed);

        if (settings.AllowCredentials)
        {
            policy.AllowCredentials();
        }
    }
}
