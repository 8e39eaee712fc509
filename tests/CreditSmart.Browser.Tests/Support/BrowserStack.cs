using Microsoft.Playwright;

namespace CreditSmart.Browser.Tests.Support;

/// <summary>
/// A page server, the API allowing only the page's origin as 127.0.0.1, and a headless Chromium.
/// The same page reached as localhost is another origin, which the API does not allow.
/// </summary>
public sealed class BrowserStack : IAsyncLifetime
{
    private PageServer? _pages;
    private LoopbackApi? _api;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string AllowedOrigin => $"http://127.0.0.1:{Pages.Port}";

    public string OtherOrigin => $"http://localhost:{Pages.Port}";

    public Uri ApiAddress => (_api ?? throw new InvalidOperationException("Not started.")).BaseAddress;

    private PageServer Pages => _pages ?? throw new InvalidOperationException("Not started.");

    /// <summary>The score page as loaded from <paramref name="origin"/>, calling this stack's API.</summary>
    public string PageUrl(string origin, bool invalid = false) =>
        $"{origin}/score.html?api={Uri.EscapeDataString(ApiAddress.GetLeftPart(UriPartial.Authority))}"
        + $"&key={Uri.EscapeDataString(LoopbackApi.ApiKey)}"
        + (invalid ? "&invalid=1" : "");

    public async Task InitializeAsync()
    {
        _pages = await PageServer.StartAsync();
        _api = new LoopbackApi(AllowedOrigin);
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_pages is not null)
        {
            await _pages.DisposeAsync();
        }
    }
}
