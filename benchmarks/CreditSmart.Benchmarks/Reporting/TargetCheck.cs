namespace CreditSmart.Benchmarks.Reporting;

/// <summary>One target from issue 7, what was measured against it, and whether it holds.</summary>
public sealed record TargetCheck(string Target, string Measured, bool Met);
