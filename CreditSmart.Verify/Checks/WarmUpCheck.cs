using CreditSmart.Scoring.Model;
using CreditSmart.Verify.Data;
using CreditSmart.Verify.Measuring;

namespace CreditSmart.Verify.Checks;

/// <summary>
/// One prediction before anything is timed: the first request compiles the HTTP and JSON paths,
/// so its latency is reported here on its own rather than skewing the figures that follow.
/// </summary>
public sealed class WarmUpCheck : IReleaseCheck
{
    public string Name => "warm-up";

    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var response = await context.Client.PredictAsync(ApplicationJson.From(GoldenApplications.Typical), cancellationToken);
        var figures = new Dictionary<string, double> { ["latency_ms"] = response.Milliseconds };

        return CheckResult.Judged(
            Name,
            response.Status == 200,
            $"first prediction answered {response.Describe()} in {Figure.Ms(response.Elapsed)} (kept out of the latency figures)",
            "200",
            figures);
    }
}
