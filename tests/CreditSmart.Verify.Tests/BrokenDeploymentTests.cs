using CreditSmart.Verify.Checks;
using CreditSmart.Verify.Reporting;
using CreditSmart.Verify.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CreditSmart.Verify.Tests;

/// <summary>The checklist fails, check by check, on deployments that are wrong in known ways.</summary>
public sealed class BrokenDeploymentTests
{
    [Fact]
    public async Task ADeploymentThatAnswersEverythingWithA500FailsEveryCheckAndLeavesCorsUnchecked()
    {
        await using var deployment = await StandInDeployment.StartAsync(
            _ => { },
            app => app.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return Task.CompletedTask;
            }));

        var report = await ReleaseVerifier.RunAsync(deployment.Options(), TextWriter.Null);

        Assert.False(report.Success);
        Assert.Equal(0, report.Passed);
        Assert.Equal(ReleaseVerifier.Checks.Count - 1, report.Failed);
        Assert.Equal(CheckOutcome.NotChecked, report.Check("cors").Outcome);
        Assert.Equal(17, report.Check("invalid requests").Figures["server_errors"]);
        Assert.All(report.Checks.Where(check => check.Outcome == CheckOutcome.Fail), check => Assert.NotNull(check.Expected));
    }

    [Fact]
    public async Task ADeploymentThatCannotBeReachedFailsWithNoAnswerRatherThanThrowing()
    {
        // Nothing listens on the port of a server that has stopped.
        var deployment = await StandInDeployment.StartAsync(_ => { }, app => app.Run(_ => Task.CompletedTask));
        var options = deployment.Options();
        await deployment.DisposeAsync();

        var report = await ReleaseVerifier.RunAsync(options, TextWriter.Null);

        Assert.Equal(0, report.Passed);
        Assert.StartsWith("first prediction answered no answer", report.Check("warm-up").Measured);
    }

    [Fact]
    public async Task ADeploymentThatWantsAKeyFailsTheHeadersCheckTooAndSaysToPassOne()
    {
        // As the API answers a caller without a key: 401 with both headers and a matching body.
        await using var deployment = await StandInDeployment.StartAsync(
            _ => { },
            app => app.Run(async context =>
            {
                var requestId = $"stand-in-{Guid.NewGuid():N}";
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers["X-API-Version"] = "v1";
                context.Response.Headers["X-Request-ID"] = requestId;
                await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["request_id"] = requestId });
            }));

        var report = await ReleaseVerifier.RunAsync(deployment.Options(), TextWriter.Null);

        var headers = report.Check("headers");
        Assert.Equal(CheckOutcome.Fail, headers.Outcome);
        Assert.Contains("prediction: answered 401", headers.Measured);
        Assert.Contains("pass --api-key", headers.Measured);
        Assert.Contains("pass --api-key", report.Check("warm-up").Measured);
        Assert.Contains("100 errors (100.0 %: 100 × 401 (no API key", report.Check("predictions").Measured);
        Assert.Contains("200 unscored (200 × 401 (no API key", report.Check("quality").Measured);
    }

    [Fact]
    public async Task TheCorsCheckPassesForAnAllowedOriginAndFailsWhenEveryOriginIsAllowed()
    {
        const string allowed = "http://localhost:3000";
        await using var strict = await CorsDeployment(policy => policy.WithOrigins(allowed));
        await using var open = await CorsDeployment(policy => policy.AllowAnyOrigin());

        var passed = await ReleaseVerifier.RunAsync(strict.Options() with { Origin = allowed }, TextWriter.Null);
        var failed = await ReleaseVerifier.RunAsync(open.Options() with { Origin = allowed }, TextWriter.Null);

        Assert.Equal(CheckOutcome.Pass, passed.Check("cors").Outcome);
        Assert.Equal(CheckOutcome.Fail, failed.Check("cors").Outcome);
        Assert.Contains("Access-Control-Allow-Origin", failed.Check("cors").Measured);
    }

    [Fact]
    public async Task TheReportForMachinesCarriesEveryCheckAndTheTotals()
    {
        await using var deployment = await StandInDeployment.StartAsync(_ => { }, app => app.Run(_ => Task.CompletedTask));
        var report = await ReleaseVerifier.RunAsync(deployment.Options(), TextWriter.Null);

        var json = System.Text.Json.JsonDocument.Parse(JsonReport.Serialize(report)).RootElement;

        Assert.Equal(ReleaseVerifier.Checks.Count, json.GetProperty("checks").GetArrayLength());
        Assert.Equal(report.Failed, json.GetProperty("failed").GetInt32());
        Assert.False(json.GetProperty("success").GetBoolean());
        Assert.Equal("not_checked", json.GetProperty("checks")[ReleaseVerifier.Checks.Count - 1].GetProperty("outcome").GetString());
    }

    private static Task<StandInDeployment> CorsDeployment(Action<Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicyBuilder> policy) =>
        StandInDeployment.StartAsync(
            services => services.AddCors(cors => cors.AddDefaultPolicy(builder => policy(builder.WithMethods("POST").WithHeaders("content-type")))),
            app =>
            {
                app.UseCors();
                app.MapPost("/api/v1/predict", () => Results.Ok());
            });
}
