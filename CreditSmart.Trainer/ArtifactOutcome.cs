namespace CreditSmart.Trainer;

/// <summary>Whether a candidate's saved artifact passed <see cref="ArtifactCheck"/>, and if not, why.</summary>
internal sealed record ArtifactOutcome(string Candidate, string? Failure)
{
    public bool Passed => Failure is null;
}
