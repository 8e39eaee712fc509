using System.Security.Cryptography;
using System.Text;

namespace CreditSmart.Api.WarmUp;

/// <summary>
/// Tells the start-up warm-up's own requests from callers' and says whether it has finished. The
/// warm-up proves itself with a random token made for this process, so no caller can pass a real
/// application off as a warm-up to skip its audit record.
/// </summary>
public sealed class WarmUpRequests
{
    public const string HeaderName = "X-CreditSmart-Warm-Up";

    private readonly byte[] _token = Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
    private volatile bool _finished;

    internal string Token => Encoding.ASCII.GetString(_token);

    /// <summary>True once the warm-up has run, or has given up (a failed warm-up only costs speed).</summary>
    public bool Finished => _finished;

    /// <summary>Whether this request is the warm-up's; never true once the warm-up has finished.</summary>
    public bool IsWarmUp(HttpContext context)
    {
        if (_finished || !context.Request.Headers.TryGetValue(HeaderName, out var values) || values.Count != 1)
        {
            return false;
        }

        var presented = Encoding.ASCII.GetBytes(values[0] ?? "");
        return CryptographicOperations.FixedTimeEquals(presented, _token);
    }

    internal void Finish() => _finished = true;
}
