using CreditSmart.Scoring.Evaluation;

namespace CreditSmart.Trainer;

/// <summary>
/// How a candidate did: on the validation slice after fitting on the rest of the training rows,
/// and on the held-out test rows after a refit on all of them.
/// </summary>
internal sealed record CandidateResult(
    Candidate Candidate,
    ClassifierMetrics Validation,
    ClassifierMetrics Test,
    FittedModel Refit,
    IReadOnlyList<double> TestProbabilities);
