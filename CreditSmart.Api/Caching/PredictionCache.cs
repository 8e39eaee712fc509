using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CreditSmart.Api.Audit;
using CreditSmart.Api.Observability;
using CreditSmart.Api.Scoring;
using CreditSmart.Scoring;
using CreditSmart.Scoring.Applications;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CreditSmart.Api.Caching;

/// <summary>
/// Answers a repeated application from the output-cache store that every API replica shares.
/// </summary>
/// <remarks>
/// This is a small cache over <see cref="IOutputCacheStore"/>, not an output-cache policy on the
/// endpoint. A policy runs before the endpoint and keys on the URL: it would have to read and
/// validate the body a second time to key on the application, and it replays stored bytes, whose
/// <c>request_id</c> belongs to the request that filled the cache. Here the key is built from
/// the application the endpoint has already validated, and what is stored is the assessment and
/// the scorer that made it, so each answer is written afresh for the current request, and a hit
/// still leaves its audit record and metrics.
/// </remarks>
public sealed class PredictionCache
{
    private readonly IOutputCacheStore? _store;
    private readonly IConnectionMultiplexer? _redis;
    private readonly PredictionCacheOptions _options;
    private readonly ILogger<PredictionCache> _logger;
    private readonly byte[] _hashKey;

    // After a failure or a timeout, calls are skipped for this long and then one is tried
    // again: a slow Redis then costs one timeout a second, not one a request.
    private static readonly TimeSpan s_retryAfter = TimeSpan.FromSeconds(1);

    // 1 while the last cache call failed or timed out; logs only the transitions.
    private int _failing;

    // When a call may be tried again after a failure (Stopwatch ticks).
    private long _retryAt;

    public PredictionCache(
        IOptions<PredictionCacheOptions> options,
        IOptions<AuditOptions> audit,
        ILogger<PredictionCache> logger,
        IOutputCacheStore? store = null,
        IConnectionMultiplexer? redis = null)
    {
        _options = options.Value;
        _hashKey = Encoding.UTF8.GetBytes(audit.Value.HashKey ?? "");
        _logger = logger;
        _store = store;
        _redis = redis;
    }

    public bool Enabled => _store is not null;

    /// <summary><c>off</c>, <c>available</c> or <c>unavailable</c>, from memory only.</summary>
    public string Status => !Enabled ? "off" : IsReachable ? "available" : "unavailable";

    // The multiplexer knows without a round trip when its connection is down, and reconnects
    // by itself; a call that failed or timed out marks the cache down until one succeeds.
    private bool IsReachable => (_redis is null || _redis.IsConnected) && Volatile.Read(ref _failing) == 0;

    /// <summary>
    /// The key: the caller (its API key's id, or <c>-</c> for a request without one), so callers
    /// never share entries; the live scorer's version and artifact, so another model's answers are
    /// never found; and the audit trail's keyed hash of the canonical application, so key order,
    /// whitespace and number spellings do not matter while every value does.
    /// </summary>
    /// <remarks>
    /// Keyed, not a plain SHA-256: an application has few enough plausible values that a plain
    /// hash seen in Redis or a trace could be reversed by trying them.
    /// </remarks>
    public string KeyOf(CreditApplication application, string? caller, ScorerInfo scorer)
    {
        // Caller ids hold no ':', so the key's parts cannot run into each other.
        var input = CanonicalInput.Hash(application, _hashKey);
        return $"creditsmart:prediction:v1:{caller ?? "-"}:{scorer.ModelVersion}:{scorer.ArtifactSha256 ?? "none"}:{input}";
    }

    public async Task<(CacheLookup Lookup, ScoredApplication? Cached)> GetAsync(
        CreditApplication application, string? caller, ScorerInfo scorer, CancellationToken cancellationToken)
    {
        if (_store is null)
        {
            return (CacheLookup.Off, null);
        }

        if (_redis is { IsConnected: false })
        {
            Failed(exception: null);
            return (CacheLookup.Unavailable, null);
        }

        if (Volatile.Read(ref _failing) == 1 && Stopwatch.GetTimestamp() < Volatile.Read(ref _retryAt))
        {
            return (CacheLookup.Unavailable, null);
        }

        byte[]? bytes;
        try
        {
            bytes = await _store.GetAsync(KeyOf(application, caller, scorer), cancellationToken)
                .AsTask()
                .WaitAsync(_options.Timeout, cancellationToken);
        }
        catch (Exception error) when (IsCacheFailure(error, cancellationToken))
        {
            Failed(error);
            return (CacheLookup.Unavailable, null);
        }

        Succeeded();
        var cached = Read(bytes);

        // A stored answer is used only when the scorer that made it is the one serving now.
        return cached is not null && cached.Scorer == scorer ? (CacheLookup.Hit, cached) : (CacheLookup.Miss, null);
    }

    /// <summary>
    /// Stores a successful prediction; called only after a lookup that missed, so a request
    /// pays the timeout at most once. A cache that fails costs at most the timeout.
    /// </summary>
    public async Task SetAsync(
        CreditApplication application, string? caller, ScoredApplication scored, CancellationToken cancellationToken)
    {
        if (_store is null || _redis is { IsConnected: false })
        {
            return;
        }

        try
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(scored);
            await _store.SetAsync(KeyOf(application, caller, scored.Scorer), bytes, tags: null, _options.Ttl, cancellationToken)
                .AsTask()
                .WaitAsync(_options.Timeout, cancellationToken);
            Succeeded();
        }
        catch (Exception error) when (IsCacheFailure(error, cancellationToken))
        {
            Failed(error);
        }
    }

    // A stored entry that cannot be read is a miss, and is overwritten by the fresh answer.
    private static ScoredApplication? Read(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ScoredApplication>(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Anything but the client going away is the cache's fault, and must not fail the request.
    private static bool IsCacheFailure(Exception error, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && error is not OutOfMemoryException;

    private void Failed(Exception? exception)
    {
        Volatile.Write(ref _retryAt, Stopwatch.GetTimestamp() + (long)(s_retryAfter.TotalSeconds * Stopwatch.Frequency));
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            CacheLog.Unavailable(_logger, _options.Timeout.TotalMilliseconds, exception);
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
