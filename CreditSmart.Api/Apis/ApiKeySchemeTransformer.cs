using CreditSmart.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CreditSmart.Api.Apis;

/// <summary>
/// Documents the <c>X-API-Key</c> scheme and marks the operations behind it, so a generated
/// client knows which calls carry the key and which (health) do not.
/// </summary>
public sealed class ApiKeySchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyOptions.HeaderName,
            Description = "The caller's API key. Required outside Development unless the deployment sets ApiKeys:Required to false.",
        };

        var protectedCalls = context.DescriptionGroups
            .SelectMany(group => group.Items)
            .Where(call => call.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any()
                && !call.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any());

        foreach (var call in protectedCalls)
        {
            if (document.Paths.TryGetValue("/" + call.RelativePath, out var path)
                && path.Operations is { } operations
                && operations.TryGetValue(HttpMethod.Parse(call.HttpMethod), out var operation))
            {
                operation.Security =
                [
                    new OpenApiSecurityRequirement
                    {
                        [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [],
                    },
                ];
            }
        }

        return Task.CompletedTask;
    }
}
