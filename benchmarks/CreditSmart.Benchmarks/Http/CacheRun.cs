namespace CreditSmart.Benchmarks.Http;

/// <summary>
/// One load run of the cache comparison. <see cref="UnavailableEvents"/> counts the API's
/// <c>cache_unavailable</c> lines during the run: each means a Redis call passed
/// <c>PredictionCache:Timeout</c> and the cache was skipped for a second.
/// </summary>
public sealed record CacheRun(string Mode, LoadResult Load, int UnavailableEvents)
{
    /// <summary>Answers marked HIT among those marked HIT or MISS; null when the cache is off.</summary>
    public double? HitShare => Load.Cache is var (hits, misses) && hits + misses > 0 ? (double)hits / (hits + misses) : null;
}
