using System.Diagnostics;
using System.Text.Json;

namespace CreditSmart.ModelStore.Apis;

public static class StoreConventionsExtensions
{
    /// <summary>snake_case JSON, problem+json errors without internals, and the OpenAPI document.</summary>
    public static WebApplicationBuilder AddStoreConventions(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Type = StoreProblems.TypeFor(problem.Status, problem.Type);
            problem.Detail ??= StoreProblems.DetailFor(problem.Status);
            // Whatever failed, the caller gets no exception text, type or stack.
            problem.Extensions.Remove("exception");
            problem.Extensions.Remove("traceId");
            if (Activity.Current is { } activity)
            {
                problem.Extensions["trace_id"] = activity.TraceId.ToString();
            }
        });

        builder.Services.AddOpenApi();

        return builder;
    }
}
