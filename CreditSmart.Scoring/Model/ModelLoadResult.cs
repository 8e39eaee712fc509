namespace CreditSmart.Scoring.Model;

/// <summary>A loaded, validated and warmed model, or the reason there is none.</summary>
public sealed record ModelLoadResult(ModelScorer? Scorer, string? FailureReason, Exception? Error = null)
{
    public static ModelLoadResult Loaded(ModelScorer scorer) => new(scorer, null);

    public static ModelLoadResult Failed(string reason, Exception? error = null) => new(null, reason, error);
}
