using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using CreditSmart.Api.Apis;

namespace CreditSmart.Api.Infrastructure;

public static class ApiConventionsExtensions
{
    public static WebApplicationBuilder AddApiConventions(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            // The web default reads "720" as a number, and OpenAPI would document numbers as strings too.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });

        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Type = ProblemTypes.ForStatus(problem.Status, problem.Type);
            problem.Detail ??= ProblemTypes.DefaultDetail(problem.Status);
            // Whatever failed, the caller gets no exception text, type or stack.
            problem.Extensions.Remove("exception");
            problem.Extensions.Remove("traceId");
            problem.Extensions["request_id"] = RequestId.Get(context.HttpContext);
            problem.Extensions["api_version"] = ApiVersion.Current;
            if (Activity.Current is { } activity)
            {
                problem.Extensions["trace_id"] = activity.TraceId.ToString();
            }
        });

        builder.Services.Configure<ExceptionHandlerOptions>(options =>
            // Kestrel's own rejections (body too large, a bad request line) keep their 4xx.
            options.StatusCodeSelector = error =>
                error is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError);

        builder.Services.AddOpenApi(options => options
            .AddDocumentTransformer<ApiKeySchemeTransformer>()
            .AddSchemaTransformer<ApplicationSchemaTransformer>()
            .AddSchemaTransformer<ProblemSchemaTransformer>());

        return builder;
    }
}
