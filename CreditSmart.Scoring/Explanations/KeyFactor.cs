namespace CreditSmart.Scoring.Explanations;

/// <summary>
/// One reason behind a score, attributed to a v1 field.
/// </summary>
/// <param name="Feature">The v1 field name.</param>
/// <param name="Direction">Whether the field raised or lowered the risk.</param>
/// <param name="Impact">This field's share of all the evidence for and against, in (0, 1].</param>
/// <param name="Reason">A sentence a loan officer can read to the applicant.</param>
public sealed record KeyFactor(string Feature, RiskDirection Direction, double Impact, string Reason);
