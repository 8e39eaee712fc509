using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CreditSmart.Api.Apis;

/// <summary>
/// Documents the members every CreditSmart error adds to RFC 9457's problem details, so a client
/// generated from the OpenAPI document can read <c>request_id</c> and the validation <c>errors</c>.
/// </summary>
public sealed class ProblemSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(ProblemDetails))
        {
            return Task.CompletedTask;
        }

        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["request_id"] = Text("The request's id, the same as its X-Request-ID header.");
        schema.Properties["api_version"] = Text("Always \"v1\".");
        schema.Properties["trace_id"] = Text("The W3C trace id of the request, when it was traced.");
        schema.Properties["errors"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "On a 422: every problem with the body, one entry each.",
            Items = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "field", "code", "message" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["field"] = Text("The schema's name of the field, an unknown key when it reads like a name, else \"$\"."),
                    ["code"] = Text("required, unknown_field, duplicate_field, wrong_type, not_finite, not_integer, out_of_range or invalid_value."),
                    ["message"] = Text("What is accepted; never the value that was sent."),
                },
            },
        };

        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(string description) =>
        new() { Type = JsonSchemaType.String, Description = description };
}
