using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Limits;

/// <summary>Stops start-up on a request timeout that cannot work, naming the key to fix.</summary>
public sealed class RequestLimitOptionsValidator : IValidateOptions<RequestLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RequestLimitOptions options) =>
        options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromMinutes(10)
            ? ValidateOptionsResult.Fail($"{RequestLimitOptions.SectionName}:Timeout must be between 00:00:01 and 00:10:00, e.g. 00:00:30.")
            : ValidateOptionsResult.Success;
}
