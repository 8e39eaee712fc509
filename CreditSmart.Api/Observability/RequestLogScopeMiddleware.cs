using System.Diagnostics;
using CreditSmart.Api.Infrastructure;

namespace CreditSmart.Api.Observability;

/// <summary>
/// Wraps the rest of the pipeline in a <see cref="RequestLogScope"/>, so every line a request
/// writes, ours or the framework's, can be found by its request id or its trace id.
/// </summary>
public sealed class RequestLogScopeMiddleware(RequestDelegate next, ILogger<RequestLogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The trace id's hex text is held by the id itself, so reading it allocates nothing.
        var scope = new RequestLogScope(RequestId.Get(context), Activity.Current?.TraceId.ToHexString());
        using (logger.BeginScope(scope))
        {
            await next(context);
        }
    }
}
