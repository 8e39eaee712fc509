using CreditSmart.Api.Apis;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace CreditSmart.Api.Caching;

/// <summary>
/// Says on each successful response whether it came from the output cache (<c>X-Cache: HIT</c>)
/// or was made now (<c>MISS</c>), as predictions do, keys entries so every API instance
/// shares them, and caches for callers with an API key (the answers are the same for all).
/// </summary>
/// <remarks>
/// The header is set as the response starts, after the middleware has copied a stored entry's
/// headers, so a hit never repeats the <c>MISS</c> (or the <c>X-Request-ID</c>) of the request
/// that filled it.
/// </remarks>
public sealed class CacheHeaderPolicy : IOutputCachePolicy
{
    private static readonly object s_servedFromCache = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // This policy stands in for the framework's default one, which never caches for a caller
        // who signed in, since an answer may be theirs alone. These answers are the same for every
        // caller, and authorization has checked the key before this middleware runs, so a caller
        // with a key is cached like any other. Only reads are cached.
        var method = context.HttpContext.Request.Method;
        var cacheable = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }

        // Replicas may be reached under different host names, and a query string changes nothing
        // these endpoints say: neither may split the entry (or let a caller fill the cache with copies).
        context.CacheVaryByRules.VaryByHost = false;
        context.CacheVaryByRules.QueryKeys = StringValues.Empty;

        var http = context.HttpContext;
        http.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            if (http.Response.StatusCode == StatusCodes.Status200OK)
            {
                http.Response.Headers[PredictionApi.CacheHeaderName] =
                    http.Items.ContainsKey(s_servedFromCache) ? "HIT" : "MISS";
            }

            return Task.CompletedTask;
        }, http);

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.Items[s_servedFromCache] = true;
        return ValueTask.CompletedTask;
    }

    // Only a plain success is stored: never an error, never a response that sets a cookie.
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
