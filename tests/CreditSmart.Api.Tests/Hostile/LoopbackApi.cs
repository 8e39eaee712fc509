using CreditSmart.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CreditSmart.Api.Tests.Hostile;

/// <summary>
/// The API as <see cref="ApiFactory"/> configures it, but on Kestrel on a free loopback port, so
/// framing (Content-Length, chunked) and header parsing are the real server's.
/// </summary>
public sealed class LoopbackApi : IAsyncLifetime
{
    private readonly ApiFactory _factory = new();

    private HttpClient? _client;

    public HttpClient Client => _client ?? throw new InvalidOperationException("The server has not started.");

    public Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        _client = new HttpClient { BaseAddress = new Uri(addresses.Addresses.First()), Timeout = TimeSpan.FromSeconds(30) };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        await _factory.DisposeAsync();
    }
}
