using System.Text.Json;
using System.Text.Json.Serialization;

namespace CreditSmart.Verify.Reporting;

/// <summary>The report as JSON for machines: snake_case names, outcomes as words.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Serialize(VerificationReport report) => JsonSerializer.Serialize(report, s_options);

    public static void Write(string path, VerificationReport report)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, Serialize(report) + Environment.NewLine);
    }
}
