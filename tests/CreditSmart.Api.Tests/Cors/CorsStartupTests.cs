using System.Net;
using CreditSmart.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CreditSmart.Api.Tests.Cors;

/// <summary>The API refuses to start on a CORS setting that is unsafe or can never match.</summary>
public sealed class CorsStartupTests
{
    [Fact]
    public async Task ProductionWithNoAllowedOriginsDoesNotStart()
    {
        var message = await StartFailureAsync("Production", []);

        Assert.Contains("Cors:AllowedOrigins is empty", message, StringComparison.Ordinal);
        Assert.Contains("Cors__AllowedOrigins__0", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductionWithAWildcardDoesNotStart()
    {
        var message = await StartFailureAsync("Production", [("Cors:AllowedOrigins:0", "*")]);

        Assert.Contains("Cors:AllowedOrigins must not contain '*' in Production", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Staging")]
    public async Task CredentialsWithAWildcardDoNotStartInAnyEnvironment(string environment)
    {
        var message = await StartFailureAsync(
            environment, [("Cors:AllowedOrigins:0", "*"), ("Cors:AllowCredentials", "true")]);

        Assert.Contains("Cors:AllowCredentials cannot be true while Cors:AllowedOrigins contains '*'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOriginWithAPathDoesNotStartAndItsIndexIsNamed()
    {
        var message = await StartFailureAsync(
            "Production",
            [("Cors:AllowedOrigins:0", "https://app.example.com"), ("Cors:AllowedOrigins:1", "https://app.example.com/login")]);

        Assert.Contains("Cors:AllowedOrigins:1 is not an origin", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Cors:AllowedOrigins:0", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideProductionAWildcardAllowsEveryOriginWithoutCredentials()
    {
        await using var api = Api("Development", [("Cors:AllowedOrigins:0", "*")]);
        var client = api.CreateClient();

        using var response = await client.PreflightPredictAsync("https://anything.example");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["*"], response.Values(CorsRequest.AllowOrigin));
        Assert.Empty(response.Values(CorsRequest.AllowCredentials));
    }

    [Fact]
    public async Task DevelopmentAllowsTheLocalFrontendDevServerByDefault()
    {
        await using var api = Api("Development", []);
        var client = api.CreateClient();

        using var allowed = await client.PreflightPredictAsync("http://localhost:3000");
        using var otherPort = await client.PreflightPredictAsync("http://localhost:3001");

        Assert.Equal(["http://localhost:3000"], allowed.Values(CorsRequest.AllowOrigin));
        Assert.Empty(otherPort.CorsHeaderNames());
    }

    // The refusal as an operator meets it: the process exits 1 and its settings_rejected line names the key.
    private static async Task<string> StartFailureAsync(string environment, (string Key, string Value)[] settings)
    {
        var refusal = await RefusedStart.RunAsync(environment,
        [
            $"--Audit:HashKey={ApiFactory.AuditHashKey}",
            $"--Audit:Path={Path.Combine(Path.GetTempPath(), $"creditsmart-cors-audit-{Guid.NewGuid():N}.jsonl")}",
            // Only CORS is under test: outside Development keys would be required, and refused first.
            "--ApiKeys:Required=false",
            .. settings.Select(setting => $"--{setting.Key}={setting.Value}"),
        ]);

        Assert.Equal(1, refusal.ExitCode);
        return refusal.Message;
    }

    // Not ApiFactory: that one always brings an allowed origin.
    private static WebApplicationFactory<Program> Api(string environment, (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("Audit:HashKey", ApiFactory.AuditHashKey);
            builder.UseSetting("Audit:Path", Path.Combine(Path.GetTempPath(), $"creditsmart-cors-audit-{Guid.NewGuid():N}.jsonl"));
            // Only CORS is under test: outside Development keys would be required, and refused first.
            builder.UseSetting("ApiKeys:Required", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
