using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CreditSmart.Browser.Tests.Support;

/// <summary>
/// The API as it ships (Production) on Kestrel on a free loopback port, allowing one browser
/// origin and one API key, which the page sends as a lender's frontend would.
/// </summary>
public sealed class LoopbackApi : WebApplicationFactory<Program>
{
    /// <summary>The frontend's key; configuration holds only its SHA-256.</summary>
    public const string ApiKey = "creditsmart-browser-tests-frontend-key";

    private readonly string _allowedOrigin;
    private readonly string _auditPath = Path.Combine(Path.GetTempPath(), $"creditsmart-browser-audit-{Guid.NewGuid():N}.jsonl");

    public LoopbackApi(string allowedOrigin)
    {
        _allowedOrigin = allowedOrigin;

        UseKestrel(0);
        StartServer();

        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    /// <summary>Where a page calls the API, e.g. http://127.0.0.1:PORT.</summary>
    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Audit:HashKey", "creditsmart-browser-tests-audit-hash-key-01");
        builder.UseSetting("Audit:Path", _auditPath);
        builder.UseSetting("Cors:AllowedOrigins:0", _allowedOrigin);
        builder.UseSetting("ApiKeys:Keys:0:Id", "browser-frontend");
        builder.UseSetting(
            "ApiKeys:Keys:0:Sha256",
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ApiKey))));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_auditPath);
    }
}
