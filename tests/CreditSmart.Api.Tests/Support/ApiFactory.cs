using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CreditSmart.Api.Tests.Support;

/// <summary>
/// The API as it ships: the Production environment, so nothing that only development turns on
/// (the developer exception page, a development-only OpenAPI route) can make a test pass.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
    }
}
