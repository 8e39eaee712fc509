using System.Net;
using System.Text.Json;

namespace CreditSmart.Api.Tests.Support;

/// <summary>A response read whole, so a test can assert on it after the message is gone.</summary>
public sealed class ApiResponse
{
    public const string RequestIdHeaderName = "X-Request-ID";
    public const string ApiVersionHeaderName = "X-API-Version";
    public const string CacheHeaderName = "X-Cache";

    private JsonElement? _json;

    private ApiResponse(
        HttpStatusCode status,
        string? mediaType,
        string body,
        string? requestIdHeader,
        string? apiVersionHeader,
        string? cacheHeader)
    {
        Status = status;
        MediaType = mediaType;
        Body = body;
        RequestIdHeader = requestIdHeader;
        ApiVersionHeader = apiVersionHeader;
        CacheHeader = cacheHeader;
    }

    public HttpStatusCode Status { get; }

    /// <summary>The Content-Type's media type, without parameters such as charset.</summary>
    public string? MediaType { get; }

    public string Body { get; }

    /// <summary>Every X-Request-ID value, comma-joined, so a repeated header shows up as a mismatch.</summary>
    public string? RequestIdHeader { get; }

    public string? ApiVersionHeader { get; }

    /// <summary>X-Cache: HIT or MISS when a cache is configured, else null.</summary>
    public string? CacheHeader { get; }

    /// <summary>The body parsed as JSON; fails the test, showing the body, when it is not JSON.</summary>
    public JsonElement Json => _json ??= Parse(Body);

    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();

        return new ApiResponse(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            body,
            HeaderValue(response, RequestIdHeaderName),
            HeaderValue(response, ApiVersionHeaderName),
            HeaderValue(response, CacheHeaderName));
    }

    public override string ToString() => $"{(int)Status} {MediaType}: {Body}";

    private static string? HeaderValue(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    private static JsonElement Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(body);
        }
        catch (JsonException)
        {
            Assert.Fail($"The body is not JSON: {body}");
            throw;
        }
    }
}
