using Microsoft.Extensions.Options;

namespace CreditSmart.ModelStore.Storage;

/// <summary>Stops start-up on store settings that can never work, naming the key to fix.</summary>
public sealed class ModelStoreOptionsValidator : IValidateOptions<ModelStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, ModelStoreOptions options)
    {
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.RootPath))
        {
            failures.Add($"{ModelStoreOptions.SectionName}:RootPath must name the folder that holds the model versions.");
        }

        // An empty key means "read-only", which is allowed; a short one is a mistake.
        if (options.AdminKey is { Length: > 0 } key && key.Trim().Length < ModelStoreOptions.MinAdminKeyLength)
        {
            failures.Add($"{ModelStoreOptions.SectionName}:AdminKey must be at least "
                + $"{ModelStoreOptions.MinAdminKeyLength} characters, or empty to refuse every change.");
        }

        if (options.MaxArtifactBytes <= 0)
        {
            failures.Add($"{ModelStoreOptions.SectionName}:MaxArtifactBytes must be a positive number of bytes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
