namespace CreditSmart.Api.Caching;

/// <summary>What a prediction's cache lookup found.</summary>
public enum CacheLookup
{
    /// <summary>No cache is configured.</summary>
    Off,

    Hit,

    Miss,

    /// <summary>The cache failed or was too slow; the request is scored as if it missed.</summary>
    Unavailable,
}
