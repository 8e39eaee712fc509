namespace CreditSmart.ModelStore.Storage;

/// <summary>The end of a register, promote or rollback: the version concerned, or why not.</summary>
public sealed record StoreChangeResult(StoreChangeOutcome Outcome, StoredVersion? Version, string? Reason = null)
{
    public static StoreChangeResult Failed(StoreChangeOutcome outcome, string reason) => new(outcome, null, reason);
}
