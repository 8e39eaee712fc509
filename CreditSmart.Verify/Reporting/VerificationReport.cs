using CreditSmart.Verify.Checks;

namespace CreditSmart.Verify.Reporting;

/// <summary>The whole run: every check's line and the totals the exit code follows.</summary>
public sealed record VerificationReport(
    string Url,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    IReadOnlyList<CheckResult> Checks,
    int Throttled = 0)
{
    public int Passed => Checks.Count(check => check.Outcome == CheckOutcome.Pass);

    public int Failed => Checks.Count(check => check.Outcome == CheckOutcome.Fail);

    public int NotChecked => Checks.Count(check => check.Outcome == CheckOutcome.NotChecked);

    /// <summary>Passed checks over checks run; a check not run counts neither way.</summary>
    public double PassRate => Passed + Failed == 0 ? 0 : (double)Passed / (Passed + Failed);

    /// <summary>True when at least one check ran and none failed.</summary>
    public bool Success => Failed == 0 && Passed > 0;

    public CheckResult Check(string name) => Checks.Single(check => check.Name == name);
}
