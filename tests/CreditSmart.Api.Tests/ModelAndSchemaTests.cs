using System.Net;
using System.Text.Json;
using CreditSmart.Api.Scoring;
using CreditSmart.Api.Tests.Support;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Model;
using CreditSmart.Scoring.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace CreditSmart.Api.Tests;

/// <summary>What GET /api/v1/model and GET /api/v1/schema say, against the files and schema they come from.</summary>
public sealed class ModelAndSchemaTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task TheModelEndpointDescribesTheBundledModelFromItsMetadataAndNothingMore()
    {
        var metadata = ModelMetadata.Read(Path.Combine(AppContext.BaseDirectory, "models", "metadata.json"));

        var response = await _client.GetResponseAsync("/api/v1/model");
        var health = await _client.GetResponseAsync(ApiClientExtensions.HealthPath);

        ResponseAssert.Status(response, HttpStatusCode.OK);
        var model = response.Json;
        Assert.Equal(
            ["model_version", "scoring_mode", "artifact_sha256", "model_source", "trainer", "trained_at",
             "explanation_method", "features", "metrics", "held_out_loans", "risk_bands"],
            model.EnumerateObject().Select(property => property.Name));
        Assert.Equal(metadata.ModelVersion, model.GetProperty("model_version").GetString());
        Assert.Equal("model", model.GetProperty("scoring_mode").GetString());
        Assert.Equal(metadata.ArtifactSha256, model.GetProperty("artifact_sha256").GetString());
        Assert.Equal(health.Json.GetProperty("artifact_sha256").GetString(), model.GetProperty("artifact_sha256").GetString());
        Assert.Equal("bundled", model.GetProperty("model_source").GetString());
        Assert.Equal(metadata.Trainer, model.GetProperty("trainer").GetString());
        Assert.Equal(metadata.TrainedAt, model.GetProperty("trained_at").GetDateTime());
        Assert.Equal(metadata.Metrics.Auc, model.GetProperty("metrics").GetProperty("auc").GetDouble());
        Assert.Equal(metadata.Metrics.Ks, model.GetProperty("metrics").GetProperty("ks").GetDouble());
        Assert.Equal(metadata.TrainingData.Test.Rows, model.GetProperty("held_out_loans").GetInt32());
    }

    [Fact]
    public async Task TheModelsFeaturesAreTheV1FieldsItReadsWithoutTheOnesTheTrainerDropped()
    {
        var model = (await _client.GetResponseAsync("/api/v1/model")).Json;

        var features = model.GetProperty("features").EnumerateArray().Select(field => field.GetString()!).ToList();

        Assert.Equal(FieldNames.Scored.Where(features.Contains), features);
        Assert.DoesNotContain(FieldNames.Delinquencies2y, features);
        Assert.DoesNotContain(FieldNames.EmploymentLengthYears, features);
        Assert.Contains(FieldNames.CreditScore, features);
        Assert.Contains(FieldNames.Purpose, features);
    }

    [Fact]
    public async Task TheRiskBandsAreTheModelsThresholdsWithTheirDecisions()
    {
        var metadata = ModelMetadata.Read(Path.Combine(AppContext.BaseDirectory, "models", "metadata.json"));
        var model = (await _client.GetResponseAsync("/api/v1/model")).Json;

        var bands = model.GetProperty("risk_bands").EnumerateArray()
            .Select(band => (
                band.GetProperty("band").GetString(),
                band.GetProperty("from").GetDouble(),
                band.GetProperty("below").ValueKind == JsonValueKind.Null ? (double?)null : band.GetProperty("below").GetDouble(),
                band.GetProperty("decision").GetString()))
            .ToList();

        var thresholds = metadata.DecisionThresholds;
        Assert.Equal(
            [
                ("low", 0, thresholds.MediumFrom, "approve"),
                ("medium", thresholds.MediumFrom, thresholds.HighFrom, "review"),
                ("high", thresholds.HighFrom, thresholds.VeryHighFrom, "decline"),
                ("very_high", thresholds.VeryHighFrom, null, "decline"),
            ],
            bands);
    }

    [Fact]
    public async Task OnTheRulesTheModelEndpointSaysSoAndHasNoTrainingFigures()
    {
        await using var api = factory.WithWebHostBuilder(_ => { });
        var client = api.CreateClient();
        api.Services.GetRequiredService<LiveScorer>().UseRules("the test retires the model");

        var model = (await client.GetResponseAsync("/api/v1/model")).Json;

        Assert.Equal(RuleEngineScorer.Version, model.GetProperty("model_version").GetString());
        Assert.Equal("rules", model.GetProperty("scoring_mode").GetString());
        Assert.Equal("rules", model.GetProperty("model_source").GetString());
        Assert.Equal(JsonValueKind.Null, model.GetProperty("artifact_sha256").ValueKind);
        Assert.Equal(JsonValueKind.Null, model.GetProperty("metrics").ValueKind);
        Assert.Equal(JsonValueKind.Null, model.GetProperty("trained_at").ValueKind);
        // Every field some rule reads: the rules weigh no open-accounts count.
        Assert.Equal(
            FieldNames.Scored.Where(field => field != FieldNames.NumberOfOpenAccounts),
            model.GetProperty("features").EnumerateArray().Select(field => field.GetString()));
        Assert.Equal(4, model.GetProperty("risk_bands").GetArrayLength());
    }

    [Fact]
    public async Task TheSchemaEndpointListsEveryFieldAsTheScoringCoresSchemaHasIt()
    {
        var response = await _client.GetResponseAsync("/api/v1/schema");

        ResponseAssert.Status(response, HttpStatusCode.OK);
        var schema = response.Json;
        Assert.Equal("v1", schema.GetProperty("schema_version").GetString());
        Assert.False(schema.GetProperty("additional_fields").GetBoolean());
        var fields = schema.GetProperty("fields").EnumerateArray().ToDictionary(field => field.GetProperty("name").GetString()!);
        Assert.Equal([FieldNames.SchemaVersion, .. FieldNames.Scored], fields.Keys);

        Assert.False(fields[FieldNames.SchemaVersion].GetProperty("required").GetBoolean());
        Assert.Equal(["v1"], fields[FieldNames.SchemaVersion].GetProperty("allowed_values").EnumerateArray().Select(v => v.GetString()));

        foreach (var spec in CreditApplicationSchema.Fields)
        {
            var field = fields[spec.Name];
            Assert.True(field.GetProperty("required").GetBoolean());
            Assert.Equal(spec.Description, field.GetProperty("description").GetString());
            Assert.Equal(
                spec.Kind switch { FieldKind.Integer => "integer", FieldKind.Number => "number", _ => "string" },
                field.GetProperty("type").GetString());

            if (spec.Kind == FieldKind.Category)
            {
                Assert.False(field.TryGetProperty("minimum", out _));
                Assert.Equal(spec.AllowedValues, field.GetProperty("allowed_values").EnumerateArray().Select(v => v.GetString()));
            }
            else
            {
                Assert.Equal(spec.Minimum, field.GetProperty("minimum").GetDouble());
                Assert.Equal(spec.Maximum, field.GetProperty("maximum").GetDouble());
            }
        }

        // A number's allowed values are JSON numbers, as the request must send them.
        Assert.Equal([36, 60], fields[FieldNames.LoanTermMonths].GetProperty("allowed_values").EnumerateArray().Select(v => v.GetInt32()));
        Assert.False(fields[FieldNames.CreditScore].TryGetProperty("allowed_values", out _));
    }
}
