using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CreditSmart.Verify.Tests.Support;

/// <summary>
/// A small real server on a free loopback port, standing in for a deployment that misbehaves in
/// one known way, so each check is seen to fail for the fault it exists to catch.
/// </summary>
public sealed class StandInDeployment : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StandInDeployment(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<StandInDeployment> StartAsync(
        Action<IServiceCollection> services, Action<WebApplication> endpoints)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        services(builder.Services);

        var app = builder.Build();
        endpoints(app);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new StandInDeployment(app, new Uri(address));
    }

    public VerifyOptions Options() =>
        new(BaseUrl, VerifyOptions.BundledDataPath) { Deadline = TimeSpan.FromMinutes(1), QualitySample = 200 };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
