namespace CreditSmart.Api.ModelSync;

/// <summary>One look at the store's active version: unchanged since the ETag, or what it is now.</summary>
public sealed record ActiveModelPoll(StoreModelVersion? Version, string? ETag)
{
    public static ActiveModelPoll NotModified { get; } = new(null, null);

    public bool Changed => Version is not null;
}
