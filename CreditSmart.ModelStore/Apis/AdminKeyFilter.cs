using System.Security.Cryptography;
using System.Text;
using CreditSmart.ModelStore.Storage;
using Microsoft.Extensions.Options;

namespace CreditSmart.ModelStore.Apis;

/// <summary>
/// Lets a change through only with the configured admin key. With no key configured, every change
/// is refused: an unconfigured store is read-only, never open.
/// </summary>
public sealed class AdminKeyFilter(IOptionsMonitor<ModelStoreOptions> options, ILogger<AdminKeyFilter> logger) : IEndpointFilter
{
    public const string HeaderName = "X-Admin-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.CurrentValue.AdminKey;
        if (string.IsNullOrWhiteSpace(expected))
        {
            ModelStoreLog.ChangeRefused(logger, "no admin key is configured");
            return ValueTask.FromResult<object?>(StoreProblems.ChangesDisabled());
        }

        var offered = context.HttpContext.Request.Headers[HeaderName].ToString();
        if (!KeysMatch(offered, expected))
        {
            ModelStoreLog.ChangeRefused(logger, offered.Length == 0 ? "the admin key is missing" : "the admin key is wrong");
            return ValueTask.FromResult<object?>(StoreProblems.AdminKeyRequired());
        }

        return next(context);
    }

    // Hashing first gives both sides one length, so the comparison time says nothing about the key.
    private static bool KeysMatch(string offered, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(offered)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
