using System.Buffers;

namespace CreditSmart.Api.Infrastructure;

/// <summary>
/// The id that ties a response, its logs and its audit record together. A caller's own id is
/// kept when it is a short plain token, so it can be traced across systems; anything else
/// could carry data or break log formats, so it is replaced.
/// </summary>
public static class RequestId
{
    public const string Header = "X-Request-ID";

    public const int MaxLength = 64;

    private static readonly SearchValues<char> s_allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:");

    private static readonly object s_itemKey = new();

    public static string Get(HttpContext context) =>
        context.Items.TryGetValue(s_itemKey, out var id) && id is string text ? text : Assign(context);

    internal static string Assign(HttpContext context)
    {
        var offered = context.Request.Headers[Header].ToString();
        var id = IsSafe(offered) ? offered : Guid.NewGuid().ToString("N");
        context.Items[s_itemKey] = id;
        return id;
    }

    public static bool IsSafe(string candidate) =>
        candidate.Length is > 0 and <= MaxLength && !candidate.AsSpan().ContainsAnyExcept(s_allowed);
}
