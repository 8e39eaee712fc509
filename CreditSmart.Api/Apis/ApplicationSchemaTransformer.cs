using System.Globalization;
using System.Text.Json.Nodes;
using CreditSmart.Scoring.Applications;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CreditSmart.Api.Apis;

/// <summary>
/// Writes the v1 schema's ranges, allowed values and descriptions into the OpenAPI document,
/// from the same <see cref="CreditApplicationSchema"/> that validation uses.
/// </summary>
public sealed class ApplicationSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(PredictionRequest) || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        schema.AdditionalPropertiesAllowed = false;
        schema.Required = new HashSet<string>(FieldNames.Scored);

        foreach (var field in CreditApplicationSchema.Fields)
        {
            if (schema.Properties.TryGetValue(field.Name, out var property) && property is OpenApiSchema fieldSchema)
            {
                Describe(fieldSchema, field);
            }
        }

        if (schema.Properties.TryGetValue(FieldNames.SchemaVersion, out var version) && version is OpenApiSchema versionSchema)
        {
            versionSchema.Type = JsonSchemaType.String;
            versionSchema.Description = "Optional; must be \"v1\" when given (null is refused).";
            versionSchema.Enum = [JsonValue.Create(CreditApplicationSchema.Version)];
        }

        return Task.CompletedTask;
    }

    private static void Describe(OpenApiSchema schema, FieldSpec field)
    {
        schema.Description = field.Description;

        if (field.Kind != FieldKind.Category)
        {
            schema.Minimum = field.Minimum.ToString(CultureInfo.InvariantCulture);
            schema.Maximum = field.Maximum.ToString(CultureInfo.InvariantCulture);
        }

        if (field.AllowedValues.Count > 0)
        {
            schema.Enum = [.. field.AllowedValues.Select(value => field.Kind == FieldKind.Category
                ? (JsonNode)JsonValue.Create(value)
                : JsonValue.Create(int.Parse(value, CultureInfo.InvariantCulture)))];
        }
    }
}
