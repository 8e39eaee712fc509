using System.IO.Compression;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CreditSmart.Api.Tests.Support;

/// <summary>
/// Model files that cannot be loaded, written to a temporary folder, and one API per file with
/// <c>Model:Path</c> pointing at it. Each API starts on first use and is shared by a test class.
/// </summary>
public sealed class BrokenModelApis : IDisposable
{
    public const string Missing = "missing";
    public const string RandomBytes = "random-bytes";
    public const string TextRenamedZip = "text-renamed-zip";
    public const string EmptyFile = "empty-file";
    public const string ZipWithoutModel = "zip-without-model";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"creditsmart-api-tests-{Guid.NewGuid():N}");
    private readonly ApiFactory _shipped = new();
    private readonly Dictionary<string, WebApplicationFactory<Program>> _apis = [];
    private readonly Lock _gate = new();

    public BrokenModelApis()
    {
        Directory.CreateDirectory(_folder);

        var random = new byte[64 * 1024];
        new Random(20240601).NextBytes(random);
        File.WriteAllBytes(PathOf(RandomBytes), random);

        File.WriteAllText(PathOf(TextRenamedZip), "This is a text file, not a trained model.\n");
        File.WriteAllBytes(PathOf(EmptyFile), []);

        using (var archive = ZipFile.Open(PathOf(ZipWithoutModel), ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            writer.Write("A valid zip archive with no model inside.");
        }
    }

    public static TheoryData<string> Scenarios => new()
    {
        Missing, RandomBytes, TextRenamedZip, EmptyFile, ZipWithoutModel,
    };

    /// <summary>A client for the API whose model file is broken the way <paramref name="scenario"/> says.</summary>
    public HttpClient ClientFor(string scenario)
    {
        lock (_gate)
        {
            if (!_apis.TryGetValue(scenario, out var api))
            {
                var path = PathOf(scenario);
                api = _shipped.WithWebHostBuilder(builder => builder.UseSetting("Model:Path", path));
                _apis[scenario] = api;
            }

            return api.CreateClient();
        }
    }

    public void Dispose()
    {
        foreach (var api in _apis.Values)
        {
            api.Dispose();
        }

        _shipped.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string PathOf(string scenario) => scenario == Missing
        ? Path.Combine(_folder, "absent", "credit_risk_model.zip")
        : Path.Combine(_folder, $"{scenario}.zip");
}
