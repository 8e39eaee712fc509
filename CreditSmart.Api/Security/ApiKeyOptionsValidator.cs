using System.Globalization;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Security;

/// <summary>Stops start-up on a key setting that would leave the API open or unusable, naming the key to fix.</summary>
public sealed class ApiKeyOptionsValidator : IValidateOptions<ApiKeyOptions>
{
    // The SHA-256 of nothing: a key configured this way would accept an empty header.
    private const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var failures = new List<string>();
        var section = ApiKeyOptions.SectionName;

        if (options.Required != false && options.Keys.Count == 0)
        {
            failures.Add($"{section}:Keys must list at least one key ({section}:Keys:0:Id and {section}:Keys:0:Sha256, "
                + $"the key's SHA-256 in hex) because API keys are required ({section}:Required is true outside "
                + $"Development unless set to false).");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < options.Keys.Count; index++)
        {
            var key = options.Keys[index];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{section}:Keys:{index}");

            if (!CallerIdentity.IsValidId(key.Id))
            {
                failures.Add($"{prefix}:Id must be 1 to {CallerIdentity.MaxIdLength} letters, digits, '-', '_' or '.'.");
            }
            else if (!ids.Add(key.Id))
            {
                failures.Add($"{prefix}:Id repeats another key's id; each caller needs its own.");
            }

            if (key.Sha256.Length != 64 || !key.Sha256.All(char.IsAsciiHexDigit))
            {
                failures.Add($"{prefix}:Sha256 must be the key's SHA-256 as 64 hex characters "
                    + "(e.g. printf '%s' \"$KEY\" | sha256sum), not the key itself.");
            }
            else if (key.Sha256.Equals(EmptySha256, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{prefix}:Sha256 is the hash of an empty key; generate a key, e.g. openssl rand -hex 32.");
            }
            else if (!hashes.Add(key.Sha256))
            {
                failures.Add($"{prefix}:Sha256 repeats another key's hash; each caller needs its own key.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
