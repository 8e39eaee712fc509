using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Scoring;

/// <summary>Stops start-up on a model setting that can never work, naming the key to fix.</summary>
public sealed class ModelOptionsValidator : IValidateOptions<ModelOptions>
{
    public ValidateOptionsResult Validate(string? name, ModelOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add($"{ModelOptions.SectionName}:Path must name the model artifact (a .zip file).");
        }

        if (options.MetadataPath is { } metadataPath && string.IsNullOrWhiteSpace(metadataPath))
        {
            failures.Add($"{ModelOptions.SectionName}:MetadataPath must be a file path when set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
