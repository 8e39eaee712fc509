using CreditSmart.Verify.Checks;
using CreditSmart.Verify.Measuring;

namespace CreditSmart.Verify.Reporting;

/// <summary>Writes the checklist for a person: a line per check as it finishes, then the pass rate.</summary>
public sealed class ChecklistWriter(TextWriter output)
{
    private const int NameWidth = 18;

    public void WriteHeader(VerifyOptions options)
    {
        output.WriteLine($"CreditSmart release verification: {options.BaseUrl}");
        output.WriteLine(
            $"limits: prediction and p95 under {Figure.Ms(options.MaxLatency)}, error rate under " +
            $"{Figure.Percent(options.MaxErrorRate)}, health p95 under {Figure.Ms(options.MaxHealthLatency)}, " +
            $"AUC at least {Figure.Decimal(options.MinimumAuc, 2)} on {Figure.Count(options.QualitySample)} held-out loans");
        output.WriteLine();
    }

    public void WriteCheck(CheckResult check)
    {
        var mark = check.Outcome switch
        {
            CheckOutcome.Pass => "PASS",
            CheckOutcome.Fail => "FAIL",
            _ => "----",
        };

        output.WriteLine($"  {mark}  {check.Name.PadRight(NameWidth)}{check.Measured}");
        if (check.Expected is not null)
        {
            output.WriteLine($"        {new string(' ', NameWidth)}expected: {check.Expected}");
        }
    }

    public void WriteSummary(VerificationReport report)
    {
        output.WriteLine();
        if (report.Throttled > 0)
        {
            output.WriteLine(
                $"The deployment rate-limited {report.Throttled} request(s) (429); each was sent again after its Retry-After.");
        }

        var notChecked = report.NotChecked > 0 ? $", {report.NotChecked} not checked" : "";
        output.WriteLine(
            $"{report.Passed} of {report.Passed + report.Failed} checks passed ({Figure.Percent(report.PassRate)}){notChecked} " +
            $"in {Figure.Decimal(report.DurationSeconds, 1)} s: {(report.Success ? "PASSED" : "FAILED")}");
    }
}
