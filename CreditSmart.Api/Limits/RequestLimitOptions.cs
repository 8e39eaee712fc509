namespace CreditSmart.Api.Limits;

/// <summary>How long one request may take (the <c>Requests</c> section).</summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "Requests";

    /// <summary>
    /// The most one request may take, from routing to its response (<c>Requests:Timeout</c>);
    /// past it the request's work is cancelled and it is answered 504.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
