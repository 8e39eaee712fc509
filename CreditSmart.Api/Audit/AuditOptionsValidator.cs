using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Audit;

/// <summary>Stops start-up on an audit setting that cannot work or is unsafe, naming the key to fix.</summary>
public sealed class AuditOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        var failures = new List<string>();
        var section = AuditOptions.SectionName;

        if (string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add($"{section}:Path must name the audit file (JSON lines), e.g. audit/decisions.jsonl.");
        }

        if (string.IsNullOrEmpty(options.HashKey))
        {
            failures.Add($"{section}:HashKey must be set outside Development: a secret of at least "
                + $"{AuditOptions.MinHashKeyLength} characters that keys the hash of each audited application "
                + $"(e.g. the environment variable {section}__HashKey, from a secret store).");
        }
        else if (options.HashKey.Length < AuditOptions.MinHashKeyLength)
        {
            failures.Add($"{section}:HashKey must be at least {AuditOptions.MinHashKeyLength} characters long.");
        }
        else if (options.HashKey == AuditOptions.DevelopmentHashKey && !environment.IsDevelopment())
        {
            failures.Add($"{section}:HashKey is the published development key; set a secret of your own.");
        }

        if (options.QueueCapacity is < 1 or > 1_000_000)
        {
            failures.Add($"{section}:QueueCapacity must be between 1 and 1000000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
