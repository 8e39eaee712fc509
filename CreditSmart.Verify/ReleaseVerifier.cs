using System.Diagnostics;
using CreditSmart.Verify.Checks;
using CreditSmart.Verify.Data;
using CreditSmart.Verify.Reporting;

namespace CreditSmart.Verify;

/// <summary>
/// Runs the post-deployment checklist against a live deployment, in order, writing each line as
/// it finishes. This is what the command runs, and what tests call in process.
/// </summary>
public static class ReleaseVerifier
{
    /// <summary>The checklist, in the order it runs: the warm-up first, so nothing after it times a cold path.</summary>
    // LIMITATION: the manual checklist's "no applicant data in logs" is not here: a client cannot
    // read the deployment's logs. The observability tests cover it.
    public static IReadOnlyList<IReleaseCheck> Checks { get; } =
    [
        new WarmUpCheck(),
        new HealthStatusCheck(),
        new HealthLatencyCheck(),
        new KnownApplicationCheck(),
        new HeadersCheck(),
        new InvalidRequestsCheck(),
        new PredictionLoadCheck(),
        new QualityCheck(),
        new CorsCheck(),
    ];

    /// <exception cref="InvalidDataException">The data file cannot be read.</exception>
    public static async Task<VerificationReport> RunAsync(
        VerifyOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();
        var loans = SampleLoans.Load(options.DataPath);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Deadline);
        using var client = new VerifyClient(options);
        var context = new VerifyContext(options, client, loans);

        var writer = new ChecklistWriter(output);
        writer.WriteHeader(options);

        var results = new List<CheckResult>();
        foreach (var check in Checks)
        {
            var result = await RunOneAsync(check, context, deadline.Token, cancellationToken);
            results.Add(result);
            writer.WriteCheck(result);
        }

        var report = new VerificationReport(
            options.BaseUrl.ToString(), startedAt, Stopwatch.GetElapsedTime(started).TotalSeconds, results, client.Throttled);
        writer.WriteSummary(report);
        return report;
    }

    private static async Task<CheckResult> RunOneAsync(
        IReleaseCheck check, VerifyContext context, CancellationToken deadline, CancellationToken cancellationToken)
    {
        try
        {
            return await check.RunAsync(context, deadline);
        }
        // The run's own time limit ends a check as a failure; the caller's cancellation ends the run.
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CheckResult.Failed(
                check.Name,
                $"stopped: the run's time limit of {context.Options.Deadline.TotalSeconds:F0} s passed",
                "to finish within the time limit (--time-limit)");
        }
    }
}
