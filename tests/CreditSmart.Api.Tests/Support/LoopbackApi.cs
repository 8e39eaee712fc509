using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CreditSmart.Api.Tests.Support;

/// <summary>
/// The shipped API on a real Kestrel server on a free loopback port, for what the in-memory test
/// server does not do as Kestrel does: framing, the Server header, client addresses, slow bodies.
/// </summary>
public sealed class LoopbackApi : IAsyncDisposable
{
    private readonly ApiFactory _shipped = new();
    private readonly WebApplicationFactory<Program> _api;

    public LoopbackApi(IReadOnlyDictionary<string, string>? settings = null)
    {
        _api = _shipped.WithWebHostBuilder(builder =>
        {
            // Port 0: the system picks a free one (a derived factory does not keep UseKestrel's port).
            builder.UseUrls("http://127.0.0.1:0");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }
        });
        _api.UseKestrel();
        _api.StartServer();

        var addresses = _api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _api.Services;

    /// <summary>A real HTTP client over the loopback connection, sending <paramref name="apiKey"/> when given.</summary>
    public HttpClient Client(string? apiKey = ApiFactory.ApiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add(ApiFactory.ApiKeyHeader, apiKey);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _api.DisposeAsync();
        await _shipped.DisposeAsync();
    }
}
