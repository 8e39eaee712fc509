namespace CreditSmart.Api.Security;

/// <summary>One caller's key as configuration holds it: an id and the SHA-256 of the key, never the key.</summary>
public sealed class ApiKey
{
    /// <summary>
    /// Who the caller is (<c>ApiKeys:Keys:N:Id</c>): a plain token that names the caller in rate
    /// limits and cache keys; the key itself never appears anywhere.
    /// </summary>
    public string Id { get; set; } = "";

    /// <summary>The key's SHA-256 in hex (<c>ApiKeys:Keys:N:Sha256</c>), 64 characters.</summary>
    public string Sha256 { get; set; } = "";
}
