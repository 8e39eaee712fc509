using CreditSmart.Api.Caching;
using CreditSmart.Api.Limits;
using CreditSmart.Api.Security;
using CreditSmart.Scoring.Applications;

namespace CreditSmart.Api.Apis;

public static class SchemaApi
{
    // Built once from the scoring core's schema, the one validation reads, so the two cannot differ.
    private static readonly SchemaResponse s_schema = new(
        CreditApplicationSchema.Version,
        "application/json; charset=utf-8",
        RequestBody.MaxBytes,
        AdditionalFields: false,
        [SchemaFieldResponse.Version, .. CreditApplicationSchema.Fields.Select(SchemaFieldResponse.From)]);

    public static IEndpointRouteBuilder MapSchemaApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/schema", () => s_schema)
            .WithTags("Schema")
            .WithName("Schema")
            .WithSummary("The v1 input contract as data: each field, its type, whether it is required and what it accepts")
            .WithDescription("The same for every caller, and cached: the X-Cache header says HIT or MISS.")
            .Produces<SchemaResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            // Like predictions: only callers with a key, within their limit.
            .RequireAuthorization(ApiKeyAuthenticationHandler.PolicyName)
            .RequireRateLimiting(RateLimitExtensions.PolicyName)
            .CacheOutput(CachePolicies.Schema);

        return app;
    }
}
