namespace CreditSmart.Verify;

/// <summary>
/// What to check and how strictly. The defaults are the release checklist's own limits;
/// <see cref="Strict"/> gives the tighter ones the project holds itself to.
/// </summary>
/// <param name="BaseUrl">The deployment's base address, e.g. <c>http://localhost:5180</c>.</param>
/// <param name="DataPath">The labelled Lending Club CSV the predictions and the quality sample come from.</param>
public sealed record VerifyOptions(Uri BaseUrl, string DataPath)
{
    /// <summary>An origin no deployment should allow, for the negative CORS preflight.</summary>
    public const string ForeignOrigin = "https://not-allowed.creditsmart-verify.invalid";

    /// <summary>A browser origin the deployment allows; without one CORS is not checked.</summary>
    public string? Origin { get; init; }

    /// <summary>Sent as <c>X-API-Key</c> on every request when given.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Valid predictions sent one after another to measure error rate and latency.</summary>
    public int Requests { get; init; } = 100;

    /// <summary>Held-out loans scored for the quality check.</summary>
    public int QualitySample { get; init; } = 2_000;

    /// <summary>The lowest AUC the quality check accepts.</summary>
    public double MinimumAuc { get; init; } = 0.62;

    /// <summary>The known application's latency and the predictions' p95 must be under this.</summary>
    public TimeSpan MaxLatency { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The predictions' error rate must be under this fraction.</summary>
    public double MaxErrorRate { get; init; } = 0.01;

    /// <summary>The p95 of <see cref="HealthCalls"/> health calls must be under this.</summary>
    public TimeSpan MaxHealthLatency { get; init; } = TimeSpan.FromSeconds(3);

    public int HealthCalls { get; init; } = 20;

    /// <summary>The most any one request may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The most the whole run may take; checks still running then fail.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Requests in flight at once while scoring the quality sample.</summary>
    public int QualityConcurrency { get; init; } = 4;

    /// <summary>Where to write the JSON report, if anywhere.</summary>
    public string? ReportPath { get; init; }

    /// <summary>
    /// The project's own limits, well inside the checklist's: a prediction's p95 under 1 s, health's
    /// under 500 ms, and under 0.1 % errors (none at all in 100 requests).
    /// </summary>
    public VerifyOptions Strict() => this with
    {
        MaxLatency = TimeSpan.FromSeconds(1),
        MaxHealthLatency = TimeSpan.FromMilliseconds(500),
        MaxErrorRate = 0.001,
    };

    /// <summary>The repository's data set, as copied beside the tool's binaries.</summary>
    public static string BundledDataPath =>
        Path.Combine(AppContext.BaseDirectory, "data", Scoring.Data.LendingClubDataset.FileName);
}
