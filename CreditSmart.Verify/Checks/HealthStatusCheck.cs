using System.Text.Json;
using CreditSmart.Verify.Measuring;

namespace CreditSmart.Verify.Checks;

/// <summary>Health answers 200, says the service is <c>ok</c> and that a model (not the rule engine) serves.</summary>
public sealed class HealthStatusCheck : IReleaseCheck
{
    public string Name => "health";

    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellationToken)
    {
        var response = await context.Client.HealthAsync(cancellationToken);
        var body = response.JsonObject();
        var serviceStatus = response.JsonString("service_status");
        var modelLoaded = body is { } json
            && json.TryGetProperty("model_loaded", out var loaded)
            && loaded.ValueKind == JsonValueKind.True;

        var measured = $"{response.Describe()} in {Figure.Ms(response.Elapsed)}, service_status {serviceStatus ?? "(none)"}, " +
            $"model_loaded {(modelLoaded ? "true" : "false")}, model {response.JsonString("model_version") ?? "(none)"}" +
            $" from {response.JsonString("model_source") ?? "(unknown)"}";

        return CheckResult.Judged(
            Name,
            response.Status == 200 && serviceStatus == "ok" && modelLoaded,
            measured,
            "200 with service_status ok and model_loaded true",
            new Dictionary<string, double> { ["latency_ms"] = response.Milliseconds });
    }
}
