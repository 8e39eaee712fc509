using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CreditSmart.Api.Tests.Support;

/// <summary>
/// The API as it ships: the Production environment, so nothing that only development turns on
/// (the developer exception page, a development-only OpenAPI route, open access without keys) can
/// make a test pass. Its clients send the first test key.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>Production refuses to start without an audit hash key; the tests bring their own.</summary>
    public const string AuditHashKey = "creditsmart-api-tests-audit-hash-key-0001";

    public const string ApiKeyHeader = "X-API-Key";

    /// <summary>The key every client of this factory sends, and its caller id.</summary>
    public const string ApiKey = "creditsmart-api-tests-key-one-0001";

    public const string CallerId = "api-tests";

    /// <summary>A second caller's key, for tests that need two.</summary>
    public const string OtherApiKey = "creditsmart-api-tests-key-two-0002";

    public const string OtherCallerId = "other-caller";

    /// <summary>Production refuses to start without CORS origins; this is the one page the tests call from.</summary>
    public const string AllowedOrigin = "https://app.creditsmart.test";

    private readonly string _auditFolder = Path.Combine(Path.GetTempPath(), $"creditsmart-audit-{Guid.NewGuid():N}");

    /// <summary>The SHA-256 in hex, as configuration holds a key.</summary>
    public static string Sha256Of(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Audit:HashKey", AuditHashKey);
        builder.UseSetting("Cors:AllowedOrigins:0", AllowedOrigin);
        // One audit file per host (derived factories included), so tests never share one.
        builder.UseSetting("Audit:Path", Path.Combine(_auditFolder, $"{Guid.NewGuid():N}.jsonl"));
        builder.UseSetting("ApiKeys:Keys:0:Id", CallerId);
        builder.UseSetting("ApiKeys:Keys:0:Sha256", Sha256Of(ApiKey));
        builder.UseSetting("ApiKeys:Keys:1:Id", OtherCallerId);
        builder.UseSetting("ApiKeys:Keys:1:Sha256", Sha256Of(OtherApiKey));
        // Tests send thousands of requests as one caller; the rate-limit tests set their own limit.
        builder.UseSetting("RateLimiting:PermitLimit", "1000000");
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ApiKeyHeader, ApiKey);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_auditFolder))
        {
            Directory.Delete(_auditFolder, recursive: true);
        }
    }
}
