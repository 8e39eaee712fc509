namespace CreditSmart.Api.Infrastructure;

public static class ApiHeadersExtensions
{
    /// <summary>
    /// Stamps <c>X-API-Version</c> and <c>X-Request-ID</c> on every response. They are added as
    /// the response starts, because error handlers clear headers set earlier.
    /// </summary>
    public static IApplicationBuilder UseApiHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            var requestId = RequestId.Assign(context);

            context.Response.OnStarting(static state =>
            {
                var (response, id) = ((HttpResponse, string))state;
                response.Headers[ApiVersion.Header] = ApiVersion.Current;
                response.Headers[RequestId.Header] = id;
                return Task.CompletedTask;
            }, (context.Response, requestId));

            return next(context);
        });
}
