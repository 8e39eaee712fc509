using CreditSmart.Verify.Measuring;

namespace CreditSmart.Verify.Checks;

/// <summary>
/// Real applications from the data set, one after another: the error rate and the latency
/// percentiles a single client sees.
/// </summary>
public sealed class PredictionLoadCheck : IReleaseCheck
{
    public string Name => "predictions";

    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var loans = context.Loans.First(options.Requests);
        var latencies = new List<double>(loans.Count);
        var failures = new List<string>();
        foreach (var loan in loans)
        {
            var response = await context.Client.PredictAsync(loan.Json, cancellationToken);
            latencies.Add(response.Milliseconds);
            if (response.Status != 200)
            {
                failures.Add(response.Describe());
            }
        }

        var errors = failures.Count;

        var errorRate = (double)errors / loans.Count;
        var p50 = Percentiles.Of(latencies, 50);
        var p95 = Percentiles.Of(latencies, 95);
        var p99 = Percentiles.Of(latencies, 99);

        return CheckResult.Judged(
            Name,
            errorRate < options.MaxErrorRate && p95 < options.MaxLatency.TotalMilliseconds,
            $"{Figure.Count(loans.Count)} requests, {errors} errors ({Figure.Percent(errorRate)}" +
            $"{(errors == 0 ? "" : ": " + Figure.Tally(failures))}); " +
            $"p50 {Figure.Ms(p50)}, p95 {Figure.Ms(p95)}, p99 {Figure.Ms(p99)}, max {Figure.Ms(latencies.Max())}",
            $"error rate under {Figure.Percent(options.MaxErrorRate)} and p95 under {Figure.Ms(options.MaxLatency)}",
            new Dictionary<string, double>
            {
                ["requests"] = loans.Count,
                ["errors"] = errors,
                ["error_rate"] = errorRate,
                ["p50_ms"] = p50,
                ["p95_ms"] = p95,
                ["p99_ms"] = p99,
                ["max_ms"] = latencies.Max(),
            });
    }
}
