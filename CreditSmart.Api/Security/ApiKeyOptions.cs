namespace CreditSmart.Api.Security;

/// <summary>Who may call the API (the <c>ApiKeys</c> section).</summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "ApiKeys";

    /// <summary>The request header a caller sends its key in.</summary>
    public const string HeaderName = "X-API-Key";

    /// <summary>
    /// Whether every API call must carry a valid key (<c>ApiKeys:Required</c>). Unset, it is
    /// false in Development and true everywhere else, so a deployment is closed unless opened.
    /// </summary>
    public bool? Required { get; set; }

    /// <summary>The accepted keys (<c>ApiKeys:Keys:0:Id</c>, <c>ApiKeys:Keys:0:Sha256</c>, ...).</summary>
    public List<ApiKey> Keys { get; set; } = [];
}
