using System.Text.Json.Nodes;
using CreditSmart.Api.Audit;
using CreditSmart.Api.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CreditSmart.Api.Tests.Audit;

/// <summary>API instances handed one Audit:Path still never append to one file.</summary>
public sealed class AuditFileClaimTests : IAsyncDisposable
{
    private readonly ApiFactory _factory = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"creditsmart-claims-{Guid.NewGuid():N}");

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void ASecondClaimOfOnePathGetsTheNextNameAndAFreedNameIsTakenAgain()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "decisions.jsonl");

        var first = AuditFileClaim.Take(path);
        using var second = AuditFileClaim.Take(path);
        first.Dispose();
        using var again = AuditFileClaim.Take(path);

        Assert.Equal(path, first.Path);
        Assert.Equal(Path.Combine(_folder, "decisions.2.jsonl"), second.Path);
        Assert.Equal(path, again.Path);
    }

    [Fact]
    public async Task TwoInstancesGivenOneAuditPathEachWriteTheirOwnFile()
    {
        var path = Path.Combine(_folder, "decisions.jsonl");
        var first = SharingOnePath(path).CreateClient();
        var second = SharingOnePath(path).CreateClient();

        await first.PredictAsync(ApplicationJson.SampleText, requestId: "on-the-first");
        await second.PredictAsync(ApplicationJson.SampleText, requestId: "on-the-second");

        var numbered = Path.Combine(_folder, "decisions.2.jsonl");
        var ids = await Eventually.FindAsync(
            () => RequestIds(path) is [var one] && RequestIds(numbered) is [var other] ? new[] { one, other } : null,
            "one audit record in each file");
        Assert.Equal(["on-the-first", "on-the-second"], ids.Order());
    }

    private WebApplicationFactory<Program> SharingOnePath(string path) =>
        _factory.WithWebHostBuilder(builder => builder.UseSetting("Audit:Path", path));

    private static string[] RequestIds(string path) =>
        File.Exists(path)
            ? [.. File.ReadAllLines(path).Select(line => JsonNode.Parse(line)!["request_id"]!.GetValue<string>())]
            : [];
}
