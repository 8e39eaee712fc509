namespace CreditSmart.Api.Infrastructure;

public static class ApiHeadersExtensions
{
    /// <summary>
    /// Stamps <c>X-API-Version</c>, <c>X-Request-ID</c>, <c>X-Content-Type-Options: nosniff</c> and
    /// <c>Cache-Control: no-store</c> on every response. They are added as the response starts,
    /// because error handlers clear headers set earlier.
    /// </summary>
    /// <remarks>
    /// Every answer is about one applicant or one caller (a decision, a refusal, a rate limit), so
    /// no shared cache may keep or replay it.
    /// </remarks>
    public static IApplicationBuilder UseApiHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            var requestId = RequestId.Assign(context);

            context.Response.OnStarting(static state =>
            {
                var (response, id) = ((HttpResponse, string))state;
                response.Headers[ApiVersion.Header] = ApiVersion.Current;
                response.Headers[RequestId.Header] = id;
                response.Headers.XContentTypeOptions = "nosniff";
                response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            }, (context.Response, requestId));

            return next(context);
        });
}
