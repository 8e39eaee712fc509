using CreditSmart.Api.Infrastructure;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;
using static CreditSmart.Api.Problems.Problems;

namespace CreditSmart.Api.Limits;

public static class RequestTimeoutExtensions
{
    /// <summary>
    /// The built-in request timeouts as the default policy for every endpoint: after
    /// <c>Requests:Timeout</c> the request's cancellation token fires, so reading the body,
    /// the cache and scoring stop, and the caller gets 504 with a problem body.
    /// </summary>
    /// <remarks>ASP.NET Core skips these timeouts while a debugger is attached.</remarks>
    public static WebApplicationBuilder AddRequestDeadline(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestLimitOptions>()
            .BindSettings(RequestLimitOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RequestLimitOptions>, RequestLimitOptionsValidator>();

        builder.Services.AddRequestTimeouts();
        builder.Services.AddOptions<RequestTimeoutOptions>()
            .Configure<IOptions<RequestLimitOptions>>((timeouts, limits) =>
            {
                var limit = limits.Value.Timeout;
                timeouts.DefaultPolicy = new RequestTimeoutPolicy
                {
                    Timeout = limit,
                    TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
                    WriteTimeoutResponse = context => Timeout(limit).ExecuteAsync(context),
                };
            });

        return builder;
    }
}
