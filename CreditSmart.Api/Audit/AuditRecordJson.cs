using System.Globalization;
using System.Text.Json;
using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.Observability;

namespace CreditSmart.Api.Audit;

/// <summary>Writes one audit record as one compact JSON object; the README documents the fields.</summary>
public static class AuditRecordJson
{
    public static void Write(Utf8JsonWriter json, AuditRecord record, byte[] hashKey)
    {
        json.WriteStartObject();
        json.WriteString("time", record.Time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        json.WriteString("request_id", record.RequestId);
        json.WriteString("api_version", ApiVersion.Current);
        json.WriteString("model_version", record.Scorer.ModelVersion);
        json.WriteString("artifact_sha256", record.Scorer.ArtifactSha256);
        json.WriteString("scoring_mode", WireNames.Of(record.Scorer.Mode));
        json.WriteNumber("probability", record.Probability);
        json.WriteString("risk_band", WireNames.Of(record.Band));
        json.WriteString("decision", WireNames.Of(record.Decision));

        json.WriteStartArray("reason_codes");
        foreach (var factor in record.KeyFactors)
        {
            json.WriteStartObject();
            json.WriteString("feature", factor.Feature);
            json.WriteString("direction", WireNames.Of(factor.Direction));
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteString("input_hmac_sha256", CanonicalInput.Hash(record.Application, hashKey));
        json.WriteEndObject();
    }
}
