namespace CreditSmart.Trainer;

/// <summary>The candidate that shipped, its checked artifact, and how every candidate's artifact fared.</summary>
internal sealed record PublishedModel(
    CandidateResult Result,
    ArtifactCheck Check,
    string ArtifactSha256,
    IReadOnlyList<ArtifactOutcome> Outcomes);
