using System.Globalization;
using System.Threading.RateLimiting;
using CreditSmart.Api.Infrastructure;
using CreditSmart.Api.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using static CreditSmart.Api.Problems.Problems;

namespace CreditSmart.Api.Limits;

public static class RateLimitExtensions
{
    /// <summary>The rate-limit policy on every API endpoint; the health probes are not limited.</summary>
    public const string PolicyName = "per-caller";

    /// <summary>
    /// The built-in rate limiter with one fixed window per caller: per API key id when the
    /// request carries a valid key, else per client address. A refusal is 429 with Retry-After.
    /// </summary>
    public static WebApplicationBuilder AddCallerRateLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>()
            .BindSettings(RateLimitOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = static (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                    context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                return new ValueTask(TooManyRequests().ExecuteAsync(context.HttpContext));
            };
        });

        // LIMITATION: the windows live in this instance's memory, so N instances behind a load
        // balancer let a caller make up to N times the limit.
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
            {
                var (permits, window) = (limits.Value.PermitLimit, limits.Value.Window);
                limiter.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                    CallerIdentity.PartitionOf(context),
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = window,
                        // Refuse at once rather than hold requests (and their sockets) in a queue.
                        QueueLimit = 0,
                    }));
            });

        return builder;
    }
}
