namespace CreditSmart.Benchmarks.Http;

/// <summary>
/// One load run against one endpoint. Latencies are in milliseconds; <see cref="Errors"/> counts
/// socket errors, timeouts and any answer other than 200.
/// </summary>
public sealed record LoadResult(
    string Target,
    string Mode,
    double Seconds,
    long Requests,
    long Errors,
    double P50Ms,
    double P99Ms,
    double P999Ms,
    double MaxMs)
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;

    /// <summary>For an open-loop run: how late the client sent its 99th-percentile request.</summary>
    public double? ClientLagP99Ms { get; init; }

    /// <summary>For a run that counted <c>X-Cache</c>: answers marked HIT and MISS.</summary>
    public (long Hits, long Misses)? Cache { get; init; }

    /// <summary>For an open-loop run: the rate asked for, requests a second.</summary>
    public int? TargetRate { get; init; }
}
