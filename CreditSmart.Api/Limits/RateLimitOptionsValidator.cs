using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Limits;

/// <summary>Stops start-up on a rate limit that cannot work, naming the key to fix.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var failures = new List<string>();
        var section = RateLimitOptions.SectionName;

        if (options.PermitLimit is < 1 or > 1_000_000)
        {
            failures.Add($"{section}:PermitLimit must be between 1 and 1000000 requests a window.");
        }

        if (options.Window < TimeSpan.FromSeconds(1) || options.Window > TimeSpan.FromHours(1))
        {
            failures.Add($"{section}:Window must be between 00:00:01 and 01:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
