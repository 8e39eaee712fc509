using CreditSmart.Scoring;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Decisions;
using CreditSmart.Scoring.Explanations;

namespace CreditSmart.Api.Audit;

/// <summary>
/// One decision, as the request path hands it to the audit writer. The application travels only
/// so the writer can hash it off the request path; it is never written.
/// </summary>
/// <param name="Probability">The probability as the response returned it (four decimals).</param>
public sealed record AuditRecord(
    DateTimeOffset Time,
    string RequestId,
    ScorerInfo Scorer,
    double Probability,
    RiskBand Band,
    Decision Decision,
    IReadOnlyList<KeyFactor> KeyFactors,
    CreditApplication Application);
