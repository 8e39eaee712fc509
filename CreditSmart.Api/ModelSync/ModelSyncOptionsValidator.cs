using Microsoft.Extensions.Options;

namespace CreditSmart.Api.ModelSync;

/// <summary>Stops start-up on a store setting that can never work, naming the key to fix.</summary>
public sealed class ModelSyncOptionsValidator : IValidateOptions<ModelSyncOptions>
{
    private const string Section = ModelSyncOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ModelSyncOptions options)
    {
        var failures = new List<string>();

        if (options.Enabled && !Uri.TryCreate(options.Url, UriKind.Absolute, out _))
        {
            failures.Add($"{Section}:Url must be an absolute URL such as http://model-store.");
        }

        if (options.PollInterval <= TimeSpan.Zero || options.PollInterval > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{Section}:PollInterval must be more than zero and at most a minute (e.g. 00:00:01).");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > options.StartupTimeout)
        {
            failures.Add($"{Section}:RequestTimeout must be more than zero and at most {Section}:StartupTimeout.");
        }

        if (options.StartupTimeout > TimeSpan.FromSeconds(30))
        {
            failures.Add($"{Section}:StartupTimeout must be at most 30 seconds: start-up must not wait on the store.");
        }

        if (string.IsNullOrWhiteSpace(options.LastKnownGoodPath))
        {
            failures.Add($"{Section}:LastKnownGoodPath must name a folder.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
