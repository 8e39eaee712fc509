namespace CreditSmart.Api.Limits;

/// <summary>How many requests each caller may make (the <c>RateLimiting</c> section).</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Requests one caller may make in one window (<c>RateLimiting:PermitLimit</c>).</summary>
    public int PermitLimit { get; set; } = 100;

    /// <summary>The fixed window the permits renew in (<c>RateLimiting:Window</c>).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);
}
