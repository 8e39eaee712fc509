using System.Text.Json;

namespace CreditSmart.Verify.Checks;

/// <summary>
/// What came back for one request and how long it took; <see cref="Status"/> is null when no
/// answer came (refused, reset, timed out) and <see cref="Error"/> says why.
/// </summary>
public sealed record TimedResponse(
    int? Status,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    TimeSpan Elapsed,
    string? Error)
{
    public double Milliseconds => Elapsed.TotalMilliseconds;

    public string? Header(string name) => Headers.GetValueOrDefault(name);

    /// <summary>The body as JSON, or null when it is not a JSON object.</summary>
    public JsonElement? JsonObject()
    {
        try
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A string property of the JSON body, or null.</summary>
    public string? JsonString(string property) =>
        JsonObject() is { } body && body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>The status as written in a checklist: the code, or why there was none.</summary>
    public string Describe() => Status switch
    {
        null => $"no answer ({Error})",
        // The commonest first-run mistake gets its remedy next to it.
        401 => "401 (no API key or a wrong one: pass --api-key)",
        { } status => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
