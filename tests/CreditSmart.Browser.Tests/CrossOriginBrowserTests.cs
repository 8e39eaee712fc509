using System.Globalization;
using CreditSmart.Browser.Tests.Support;
using Microsoft.Playwright;

namespace CreditSmart.Browser.Tests;

/// <summary>
/// A real browser enforcing CORS: a page that calls POST /api/v1/predict with fetch, loaded from
/// the origin the API allows and from one it does not.
/// </summary>
public sealed class CrossOriginBrowserTests(BrowserStack stack) : IClassFixture<BrowserStack>
{
    private const float WaitMilliseconds = 15_000;

    [Fact]
    public async Task ThePageFromTheAllowedOriginShowsTheScore()
    {
        var (status, requestId, console) = await LoadAsync(stack.PageUrl(stack.AllowedOrigin));

        Assert.StartsWith("score ", status, StringComparison.Ordinal);
        var score = double.Parse(status["score ".Length..], CultureInfo.InvariantCulture);
        Assert.InRange(score, 0.0, 1.0);
        // The page could read X-Request-ID, so the header is exposed to it.
        Assert.Equal("browser-test-1", requestId);
        Assert.DoesNotContain(console, line => line.Contains("CORS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARefusalIsReadableByThePageFromTheAllowedOrigin()
    {
        var (status, requestId, _) = await LoadAsync(stack.PageUrl(stack.AllowedOrigin, invalid: true));

        Assert.Equal("refused 422 urn:creditsmart:problem:validation-failed", status);
        Assert.Equal("browser-test-1", requestId);
    }

    [Fact]
    public async Task ThePageFromAnotherOriginHasItsCallBlockedByTheBrowser()
    {
        var (status, requestId, console) = await LoadAsync(stack.PageUrl(stack.OtherOrigin));

        Assert.Equal("failed TypeError", status);
        Assert.Equal("", requestId);
        Assert.Contains(console, line => line.Contains("blocked by CORS policy", StringComparison.Ordinal));
    }

    /// <summary>Loads the page, waits for its call to settle and returns what it shows and what the console said.</summary>
    private async Task<(string Status, string RequestId, IReadOnlyList<string> Console)> LoadAsync(string url)
    {
        await using var context = await stack.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            lock (console)
            {
                console.Add(message.Text);
            }
        };

        await page.GotoAsync(url, new PageGotoOptions { Timeout = WaitMilliseconds });
        await page.WaitForFunctionAsync(
            "() => document.getElementById('status').textContent !== 'pending'",
            null,
            new PageWaitForFunctionOptions { Timeout = WaitMilliseconds });

        var status = await page.TextContentAsync("#status") ?? "";
        var requestId = await page.TextContentAsync("#request-id") ?? "";
        lock (console)
        {
            return (status, requestId, [.. console]);
        }
    }
}
