namespace CreditSmart.Api.Observability;

/// <summary>
/// The output cache's log events. Only the transitions are logged, so a Redis outage under
/// load writes one warning, not one a request.
/// </summary>
internal static partial class CacheLog
{
    public const string RedisStore = "redis, shared by every API instance";

    public const string MemoryStore = "memory, this instance's own, as no Redis is configured";

    [LoggerMessage(EventId = 1401, EventName = "cache_unavailable", Level = LogLevel.Warning,
        Message = "The cache is unavailable (failed or slower than {TimeoutMs} ms); responses are made uncached")]
    public static partial void Unavailable(ILogger logger, double timeoutMs, Exception? exception);

    [LoggerMessage(EventId = 1402, EventName = "cache_resumed", Level = LogLevel.Information,
        Message = "The cache answers again; caching resumes")]
    public static partial void Resumed(ILogger logger);

    [LoggerMessage(EventId = 1403, EventName = "cache_store_selected", Level = LogLevel.Information,
        Message = "Output cache: {CacheStore}; predictions cached: {PredictionCacheEnabled}")]
    public static partial void StoreSelected(ILogger logger, string cacheStore, bool predictionCacheEnabled);
}
