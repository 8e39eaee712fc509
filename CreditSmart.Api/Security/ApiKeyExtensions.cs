using CreditSmart.Api.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Security;

public static class ApiKeyExtensions
{
    /// <summary>
    /// API keys through ASP.NET Core authentication and authorization: the <c>ApiKey</c> scheme
    /// identifies a caller by its key's id, and the <c>api-caller</c> policy on the API endpoints
    /// requires one when <c>ApiKeys:Required</c> (true outside Development unless set to false).
    /// </summary>
    public static WebApplicationBuilder AddApiKeys(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();

        builder.Services.AddOptions<ApiKeyOptions>()
            .BindSettings(ApiKeyOptions.SectionName)
            .PostConfigure(options => options.Required ??= !isDevelopment)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>();

        builder.Services.AddSingleton<KnownApiKeys>();

        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        builder.Services.AddAuthorization();
        builder.Services.AddOptions<AuthorizationOptions>()
            .Configure<IOptions<ApiKeyOptions>>((authorization, keys) =>
                authorization.AddPolicy(ApiKeyAuthenticationHandler.PolicyName, policy =>
                {
                    if (keys.Value.Required == true)
                    {
                        policy.RequireAuthenticatedUser();
                    }
                    else
                    {
                        // Open: a valid key still names the caller, anyone else is served by address.
                        policy.RequireAssertion(_ => true);
                    }
                }));

        return builder;
    }
}
