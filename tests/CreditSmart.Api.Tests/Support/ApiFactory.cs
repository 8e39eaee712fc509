using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CreditSmart.Api.Tests.Support;

/// <summary>
/// The API as it ships: the Production environment, so nothing that only development turns on
/// (the developer exception page, a development-only OpenAPI route) can make a test pass.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>Production refuses to start without an audit hash key; the tests bring their own.</summary>
    public const string AuditHashKey = "creditsmart-api-tests-audit-hash-key-0001";

    /// <summary>Production refuses to start without CORS origins; this is the one page the tests call from.</summary>
    public const string AllowedOrigin = "https://app.creditsmart.test";

    private readonly string _auditFolder = Path.Combine(Path.GetTempPath(), $"creditsmart-audit-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Audit:HashKey", AuditHashKey);
        builder.UseSetting("Cors:AllowedOrigins:0", AllowedOrigin);
        // One audit file per host (derived factories included), so tests never share one.
        builder.UseSetting("Audit:Path", Path.Combine(_auditFolder, $"{Guid.NewGuid():N}.jsonl"));
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
