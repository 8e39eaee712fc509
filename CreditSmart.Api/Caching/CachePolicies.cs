namespace CreditSmart.Api.Caching;

/// <summary>The output-cache policies of the read-only GET endpoints, and their tags.</summary>
public static class CachePolicies
{
    /// <summary>The live model's metadata: varies by the model and is evicted on every swap.</summary>
    public const string Model = "model";

    /// <summary>The v1 input contract, which is frozen.</summary>
    public const string Schema = "schema";

    /// <summary>
    /// How long a cached GET answers. An entry of a model no longer serving is never found (the
    /// key carries the model) and is evicted at the swap; the expiry only bounds what Redis holds.
    /// </summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);
}
