namespace CreditSmart.Benchmarks.Http;

/// <summary>
/// One cold start of the API, all in milliseconds. Times since start run from just before the
/// process was created; request latencies are single sequential requests on one connection.
/// </summary>
/// <param name="ReadyMs">When <c>/health</c> first answered 200 (every readiness check passed).</param>
/// <param name="ModelLoadMs">What the API logged for loading, checking and warming the model; null if not found.</param>
/// <param name="SteadyMedianMs">The median of requests 2 to 100.</param>
public sealed record StartupResult(
    double ListeningMs,
    double ReadyMs,
    double FirstPredictionMs,
    double FirstRequestMs,
    double HundredthRequestMs,
    double SteadyMedianMs,
    double? ModelLoadMs);
