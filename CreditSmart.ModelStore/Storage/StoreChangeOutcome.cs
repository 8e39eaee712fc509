namespace CreditSmart.ModelStore.Storage;

/// <summary>How a change to the store ended.</summary>
public enum StoreChangeOutcome
{
    Done,
    Unchanged,
    NotFound,
    AlreadyExists,
    Rejected,
    NoPreviousVersion,
}
