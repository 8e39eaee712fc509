using CreditSmart.ModelStore.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CreditSmart.ModelStore.Tests.Support;

/// <summary>
/// The model store on a real loopback port (Kestrel, port 0), over a folder the test owns.
/// Disposing it stops the server, as a crash or a deploy would; the folder stays.
/// </summary>
public sealed class StoreServer : WebApplicationFactory<ModelStoreOptions>
{
    public const string AdminKey = "test-admin-key-with-enough-length";

    private readonly string _root;
    private readonly string? _adminKey;
    private readonly bool _seed;
    private readonly IReadOnlyDictionary<string, string> _settings;

    public StoreServer(
        string root,
        string? adminKey = AdminKey,
        bool seed = true,
        int port = 0,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        _root = root;
        _adminKey = adminKey;
        _seed = seed;
        _settings = settings ?? new Dictionary<string, string>();

        UseKestrel(port);
        StartServer();

        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    public Uri BaseAddress { get; }

    /// <summary>A client that sends the admin key.</summary>
    public HttpClient AdminClient()
    {
        var client = ReaderClient();
        client.DefaultRequestHeaders.Add("X-Admin-Key", AdminKey);
        return client;
    }

    /// <summary>A client that sends no key.</summary>
    public HttpClient ReaderClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ModelStore:RootPath", _root);
        builder.UseSetting("ModelStore:AdminKey", _adminKey ?? "");
        if (!_seed)
        {
            builder.UseSetting("ModelStore:SeedArtifactPath", "");
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
