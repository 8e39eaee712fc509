using System.Net;
using CreditSmart.Verify.Checks;
using CreditSmart.Verify.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CreditSmart.Verify.Tests;

/// <summary>The checklist is a polite client: a 429 is waited out, not counted as an error.</summary>
public sealed class RateLimitedDeploymentTests
{
    [Fact]
    public async Task A429IsSentAgainAfterItsRetryAfterAndCounted()
    {
        var calls = 0;
        await using var deployment = await StandInDeployment.StartAsync(
            _ => { },
            app => app.Run(context =>
            {
                // Every other request is over the limit, as a fixed window would answer.
                if (Interlocked.Increment(ref calls) % 2 == 1)
                {
                    context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                    context.Response.Headers.RetryAfter = "1";
                    return Task.CompletedTask;
                }

                return context.Response.WriteAsync("ok");
            }));
        using var client = new VerifyClient(deployment.Options());

        var first = await client.PredictAsync("{}", CancellationToken.None);
        var second = await client.PredictAsync("{}", CancellationToken.None);

        Assert.Equal((int)HttpStatusCode.OK, first.Status);
        Assert.Equal((int)HttpStatusCode.OK, second.Status);
        Assert.Equal(2, client.Throttled);
        Assert.Equal(4, calls);
    }

    [Fact]
    public async Task A429AskingForLongerThanTheChecklistWaitsIsReturnedAsIs()
    {
        await using var deployment = await StandInDeployment.StartAsync(
            _ => { },
            app => app.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "3600";
                return Task.CompletedTask;
            }));
        using var client = new VerifyClient(deployment.Options());

        var response = await client.PredictAsync("{}", CancellationToken.None);

        Assert.Equal((int)HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal(0, client.Throttled);
    }
}
