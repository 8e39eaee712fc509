using CreditSmart.Verify.Measuring;

namespace CreditSmart.Verify.Checks;

/// <summary>Health stays fast: the p95 of a run of calls, one after another, is under the limit.</summary>
public sealed class HealthLatencyCheck : IReleaseCheck
{
    public string Name => "health latency";

    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var calls = context.Options.HealthCalls;
        var latencies = new List<double>(calls);
        var failures = 0;
        for (var i = 0; i < calls; i++)
        {
            var response = await context.Client.HealthAsync(cancellationToken);
            latencies.Add(response.Milliseconds);
            failures += response.Status == 200 ? 0 : 1;
        }

        var p50 = Percentiles.Of(latencies, 50);
        var p95 = Percentiles.Of(latencies, 95);
        var limit = context.Options.MaxHealthLatency;

        return CheckResult.Judged(
            Name,
            failures == 0 && p95 < limit.TotalMilliseconds,
            $"{calls} calls: p50 {Figure.Ms(p50)}, p95 {Figure.Ms(p95)}, max {Figure.Ms(latencies.Max())}; {failures} not 200",
            $"every call 200 and p95 under {Figure.Ms(limit)}",
            new Dictionary<string, double>
            {
                ["calls"] = calls,
                ["failures"] = failures,
                ["p50_ms"] = p50,
                ["p95_ms"] = p95,
                ["max_ms"] = latencies.Max(),
            });
    }
}
