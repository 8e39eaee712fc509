using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Security;

/// <summary>The configured key hashes, decoded once, and the constant-time search for a presented key.</summary>
public sealed class KnownApiKeys(IOptions<ApiKeyOptions> options)
{
    // LIMITATION: read once at start; adding, revoking or rotating a key takes a restart.
    private readonly (string Id, byte[] Sha256)[] _keys =
        [.. options.Value.Keys.Select(key => (key.Id, Convert.FromHexString(key.Sha256)))];

    /// <summary>The id of the key whose hash matches, or null.</summary>
    /// <remarks>
    /// Every configured hash is compared, each in constant time, so the time taken says neither
    /// how much of a hash matched nor which key did.
    /// </remarks>
    public string? Find(string presented)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));

        string? found = null;
        foreach (var (id, expected) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                found ??= id;
            }
        }

        return found;
    }
}
