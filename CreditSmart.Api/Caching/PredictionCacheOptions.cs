namespace CreditSmart.Api.Caching;

/// <summary>How long predictions stay cached and how long a cache call may take (the <c>PredictionCache</c> section).</summary>
public sealed class PredictionCacheOptions
{
    public const string SectionName = "PredictionCache";

    /// <summary>The connection string name the AppHost's Redis resource is referenced by.</summary>
    public const string ConnectionName = "cache";

    /// <summary>
    /// Whether predictions are cached when a Redis is configured (<c>PredictionCache:Enabled</c>).
    /// Off by default: on this model scoring takes microseconds and a Redis round trip longer,
    /// so a hit is slower than scoring again (the README has the figures).
    /// </summary>
    public bool Enabled { get; set; }

    /// <summary>How long a cached prediction may answer again (<c>PredictionCache:Ttl</c>).</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The most one cache read or write may add to a prediction (<c>PredictionCache:Timeout</c>).
    /// A loopback Redis answers in well under a millisecond; past this the request is scored
    /// without the cache, so a slow Redis costs at most this much per call.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(50);
}
