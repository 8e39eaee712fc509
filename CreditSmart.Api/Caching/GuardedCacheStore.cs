using System.Diagnostics;
using CreditSmart.Api.Observability;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace CreditSmart.Api.Caching;

/// <summary>
/// The output-cache store every cached response goes through (the GET endpoints' output cache
/// and the prediction cache): Redis, shared by every API instance, when one is configured, else
/// ASP.NET Core's in-memory store, this instance's own. Each call is bounded by
/// <c>PredictionCache:Timeout</c>; a call that fails or times out is a miss (or a write not
/// made), never an error, so a Redis outage costs speed and never answers.
/// </summary>
public sealed class GuardedCacheStore : IOutputCacheStore
{
    // After a failure or a timeout, calls are skipped for this long and then one is tried
    // again: a slow Redis then costs one timeout a second, not one a request.
    private static readonly TimeSpan s_retryAfter = TimeSpan.FromSeconds(1);

    private readonly IOutputCacheStore _inner;
    private readonly IConnectionMultiplexer? _redis;
    private readonly TimeSpan _timeout;
    private readonly ILogger<GuardedCacheStore> _logger;

    // 1 while the last call failed or timed out; logs only the transitions.
    private int _failing;

    // When a call may be tried again after a failure (Stopwatch ticks).
    private long _retryAt;

    public GuardedCacheStore(
        IOutputCacheStore inner, IConnectionMultiplexer? redis, TimeSpan timeout, ILogger<GuardedCacheStore> logger)
    {
        _inner = inner;
        _redis = redis;
        _timeout = timeout;
        _logger = logger;
    }

    /// <summary>True on Redis, which every instance shares; false on this instance's memory.</summary>
    public bool IsShared => _redis is not null;

    /// <summary><c>memory</c>, or for Redis <c>available</c> or <c>unavailable</c>; from memory only.</summary>
    public string Status => !IsShared ? "memory" : IsReachable ? "available" : "unavailable";

    // The multiplexer knows without a round trip when its connection is down, and reconnects
    // by itself; a call that failed or timed out marks the cache down until one succeeds.
    private bool IsReachable => (_redis is null || _redis.IsConnected) && Volatile.Read(ref _failing) == 0;

    /// <summary>Reads an entry; <c>Answered</c> is false when the store failed or was too slow.</summary>
    public async ValueTask<(bool Answered, byte[]? Value)> ReadAsync(string key, CancellationToken cancellationToken)
    {
        byte[]? value = null;
        var answered = await TryAsync(
            async token => value = await _inner.GetAsync(key, token),
            cancellationToken);
        return (answered, value);
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        (await ReadAsync(key, cancellationToken)).Value;

    public async ValueTask SetAsync(
        string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        await TryAsync(token => _inner.SetAsync(key, value, tags, validFor, token).AsTask(), cancellationToken);

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) =>
        await TryAsync(token => _inner.EvictByTagAsync(tag, token).AsTask(), cancellationToken);

    private async Task<bool> TryAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        if (_redis is { IsConnected: false })
        {
            Failed(exception: null);
            return false;
        }

        if (Volatile.Read(ref _failing) == 1 && Stopwatch.GetTimestamp() < Volatile.Read(ref _retryAt))
        {
            return false;
        }

        try
        {
            await call(cancellationToken).WaitAsync(_timeout, cancellationToken);
        }
        catch (Exception error) when (IsCacheFailure(error, cancellationToken))
        {
            Failed(error);
            return false;
        }

        Succeeded();
        return true;
    }

    // Anything but the client going away is the cache's fault, and must not fail the request.
    private static bool IsCacheFailure(Exception error, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && error is not OutOfMemoryException;

    private void Failed(Exception? exception)
    {
        Volatile.Write(ref _retryAt, Stopwatch.GetTimestamp() + (long)(s_retryAfter.TotalSeconds * Stopwatch.Frequency));
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            CacheLog.Unavailable(_logger, _timeout.TotalMilliseconds, exception);
        }
    }

    private void Succeeded()
    {
        if (Interlocked.Exchange(ref _failing, 0) == 1)
        {
            CacheLog.Resumed(_logger);
        }
    }
}
