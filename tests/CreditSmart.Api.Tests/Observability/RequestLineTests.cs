using System.Text;
using System.Text.Json;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Observability;

/// <summary>
/// ASP.NET Core's request lines print the URL with its query string. The API keeps them off in
/// code, so they stay off when it is started from a folder without its appsettings.json and with
/// the console's own setting for them turned up.
/// </summary>
public sealed class RequestLineTests : IDisposable
{
    private const string Sentinel = "query-sentinel-5c1e";

    private readonly string _folder = Directory.CreateTempSubdirectory("creditsmart-elsewhere-").FullName;

    [Fact]
    public async Task StartedFromAnotherFolderTheConsoleStillPrintsNoQueryString()
    {
        using var api = new ApiProcess(_folder, "Development",
        [
            "--urls", "http://127.0.0.1:0",
            "--Audit:Path", Path.Combine(_folder, "decisions.jsonl"),
            "--Logging:Console:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information",
        ]);
        var listening = await api.LineAsync(line => Has(line, "Now listening on"), TimeSpan.FromSeconds(60));
        var address = JsonSerializer.Deserialize<JsonElement>(listening).GetProperty("State").GetProperty("address");

        using var client = new HttpClient { BaseAddress = new Uri(address.GetString()!) };
        using var body = new StringContent(ApplicationJson.SampleText, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"/api/v1/predict?note={Sentinel}", body);
        // The prediction's own line comes after the request's first line in the console's queue.
        await api.LineAsync(line => Has(line, "\"EventId\":1202"), TimeSpan.FromSeconds(30));

        var output = api.Output.Snapshot();
        Assert.Contains(output, line => Has(line, "\"Category\":\"Microsoft.AspNetCore."));
        Assert.DoesNotContain(output, line => Has(line, Sentinel));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static bool Has(string line, string text) => line.Contains(text, StringComparison.Ordinal);
}
