namespace CreditSmart.ModelStore.Storage;

/// <summary>A staged version, or why the upload was refused.</summary>
public sealed record StagingResult(StagedVersion? Staged, StoreChangeOutcome Outcome, string? Reason)
{
    public static StagingResult Accepted(StagedVersion staged) => new(staged, StoreChangeOutcome.Done, null);

    public static StagingResult Refused(string reason, StoreChangeOutcome outcome = StoreChangeOutcome.Rejected) =>
        new(null, outcome, reason);
}
