using System.Text;
using System.Text.Json;
using CreditSmart.Api.Audit;
using CreditSmart.Api.Scoring;
using CreditSmart.Scoring;
using CreditSmart.Scoring.Applications;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace CreditSmart.Api.Caching;

/// <summary>
/// Answers a repeated application from the API's output-cache store (<see cref="GuardedCacheStore"/>).
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
    private readonly GuardedCacheStore _store;
    private readonly PredictionCacheOptions _options;
    private readonly byte[] _hashKey;

    public PredictionCache(
        IOptions<PredictionCacheOptions> options,
        IOptions<AuditOptions> audit,
        GuardedCacheStore store)
    {
        _options = options.Value;
        _hashKey = Encoding.UTF8.GetBytes(audit.Value.HashKey ?? "");
        _store = store;
    }

    /// <summary>
    /// <c>PredictionCache:Enabled</c>: predictions then use the store the API has, Redis when
    /// one is configured, else this instance's memory.
    /// </summary>
    public bool Enabled => _options.Enabled;

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
        if (!Enabled)
        {
            return (CacheLookup.Off, null);
        }

        var (answered, bytes) = await _store.ReadAsync(KeyOf(application, caller, scorer), cancellationToken);
        if (!answered)
        {
            return (CacheLookup.Unavailable, null);
        }

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
        if (!Enabled)
        {
            return;
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(scored);
        await _store.SetAsync(KeyOf(application, caller, scored.Scorer), bytes, tags: null, _options.Ttl, cancellationToken);
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
}
