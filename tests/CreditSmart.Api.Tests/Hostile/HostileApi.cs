using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Hostile;

/// <summary>
/// One shipped API on a real loopback port for the whole table, so framing (Content-Length,
/// chunked) and header parsing are Kestrel's, with a client that sends a valid key: the table is
/// about bodies, not about who may call.
/// </summary>
public sealed class HostileApi : IAsyncLifetime
{
    private LoopbackApi? _api;
    private HttpClient? _client;

    public HttpClient Client => _client ?? throw new InvalidOperationException("The server has not started.");

    public Task InitializeAsync()
    {
        _api = new LoopbackApi();
        _client = _api.Client();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
    }
}
