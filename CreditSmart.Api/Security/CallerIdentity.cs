using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Security.Claims;

namespace CreditSmart.Api.Security;

/// <summary>
/// Who a request comes from: the id of its API key when it sent a valid one, else its client
/// address. The id is what rate limits and cache entries are kept apart by.
/// </summary>
public static class CallerIdentity
{
    public const int MaxIdLength = 64;

    // No ':' so an id can sit inside a colon-separated cache key without ambiguity.
    private static readonly SearchValues<char> s_idCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && !id.AsSpan().ContainsAnyExcept(s_idCharacters);

    /// <summary>The API key's id when the request was authenticated with one, else null.</summary>
    public static string? IdOf(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true } ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>
    /// The rate-limit partition: the key's id, else the client address (after any trusted
    /// proxy's X-Forwarded-For). An IPv6 client counts by its /64, the block one host usually
    /// holds, so it cannot dodge its limit by changing the rest of its address.
    /// </summary>
    public static string PartitionOf(HttpContext context)
    {
        if (IdOf(context.User) is { } id)
        {
            return "key:" + id;
        }

        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "address:unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }

        return "address:" + address;
    }
}
