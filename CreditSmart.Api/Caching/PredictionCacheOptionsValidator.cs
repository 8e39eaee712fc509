using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Caching;

/// <summary>Stops start-up on a cache setting that cannot work, naming the key to fix.</summary>
public sealed class PredictionCacheOptionsValidator : IValidateOptions<PredictionCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, PredictionCacheOptions options)
    {
        var failures = new List<string>();
        var section = PredictionCacheOptions.SectionName;

        if (options.Ttl <= TimeSpan.Zero || options.Ttl > TimeSpan.FromDays(1))
        {
            failures.Add($"{section}:Ttl must be more than zero and at most a day, e.g. 00:10:00.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromSeconds(1))
        {
            failures.Add($"{section}:Timeout must be more than zero and at most a second, e.g. 00:00:00.050.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
