using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Cors;

/// <summary>Stops start-up on a CORS setting that is unsafe or can never match, naming the key to fix.</summary>
public sealed class CorsSettingsValidator(IHostEnvironment environment) : IValidateOptions<CorsSettings>
{
    public ValidateOptionsResult Validate(string? name, CorsSettings options)
    {
        var failures = new List<string>();
        var key = $"{CorsSettings.SectionName}:{nameof(CorsSettings.AllowedOrigins)}";
        var origins = options.AllowedOrigins;

        // LIMITATION: a deployment no browser calls must still list one origin to start in Production.
        if (environment.IsProduction() && origins.Length == 0)
        {
            failures.Add($"{key} is empty: in Production list the exact origins of the pages that call the API, "
                + $"e.g. {key}:0=https://app.example.com (environment variable Cors__AllowedOrigins__0).");
        }

        if (environment.IsProduction() && options.AllowsAnyOrigin)
        {
            failures.Add($"{key} must not contain '{CorsSettings.Wildcard}' in Production: "
                + "list each origin that may call the API.");
        }

        if (options.AllowCredentials && options.AllowsAnyOrigin)
        {
            failures.Add($"{CorsSettings.SectionName}:{nameof(CorsSettings.AllowCredentials)} cannot be true while "
                + $"{key} contains '{CorsSettings.Wildcard}': any site could then call the API with its users' credentials.");
        }

        for (var index = 0; index < origins.Length; index++)
        {
            if (origins[index] != CorsSettings.Wildcard && !OriginMatcher.IsOrigin(origins[index]))
            {
                failures.Add($"{key}:{index} is not an origin: write the scheme (http or https), the host (an "
                    + "internationalised one in its xn-- form) and a port only when it is not the default, with no path, "
                    + "query or trailing slash, e.g. https://app.example.com.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
