using System.Text.Json;
using CreditSmart.Scoring.Model;
using CreditSmart.Verify.Data;
using CreditSmart.Verify.Measuring;

namespace CreditSmart.Verify.Checks;

/// <summary>
/// The README's example application scores in time, with a probability in [0, 1] and the key
/// factors behind it.
/// </summary>
public sealed class KnownApplicationCheck : IReleaseCheck
{
    public string Name => "known application";

    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var limit = context.Options.MaxLatency;
        var response = await context.Client.PredictAsync(ApplicationJson.From(GoldenApplications.Typical), cancellationToken);
        var figures = new Dictionary<string, double> { ["latency_ms"] = response.Milliseconds };
        const string expected = "200 with status success, a prediction in [0, 1] and at least one key factor";

        if (response.Status != 200 || response.JsonObject() is not { } body)
        {
            return CheckResult.Failed(Name, $"{response.Describe()} in {Figure.Ms(response.Elapsed)}", expected, figures);
        }

        var probability = body.TryGetProperty("prediction", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : double.NaN;
        var factors = body.TryGetProperty("key_factors", out var f) && f.ValueKind == JsonValueKind.Array ? f.GetArrayLength() : 0;
        figures["probability"] = probability;
        figures["key_factors"] = factors;

        var measured = $"200 in {Figure.Ms(response.Elapsed)}: probability {Figure.Decimal(probability, 4)} " +
            $"({response.JsonString("risk_band")}, {response.JsonString("decision")}), {factors} key factors, " +
            $"model {response.JsonString("model_version")} ({response.JsonString("scoring_mode")})";

        return CheckResult.Judged(
            Name,
            response.JsonString("status") == "success" && probability is >= 0 and <= 1 && factors > 0 && response.Elapsed < limit,
            measured,
            $"{expected}, within {Figure.Ms(limit)}",
            figures);
    }
}
