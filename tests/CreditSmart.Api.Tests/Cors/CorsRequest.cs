using System.Text;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Cors;

/// <summary>What a browser sends across origins: an Origin header, and for a preflight the method and headers it wants.</summary>
public static class CorsRequest
{
    public const string AllowOrigin = "Access-Control-Allow-Origin";
    public const string AllowCredentials = "Access-Control-Allow-Credentials";
    public const string AllowMethods = "Access-Control-Allow-Methods";
    public const string AllowHeaders = "Access-Control-Allow-Headers";
    public const string ExposeHeaders = "Access-Control-Expose-Headers";

    /// <summary>A preflight for the call a frontend makes: POST with a JSON body, its own request id and an API key.</summary>
    public static async Task<HttpResponseMessage> PreflightPredictAsync(
        this HttpClient client,
        string origin,
        string requestHeaders = "content-type,x-request-id,x-api-key")
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, ApiClientExtensions.PredictPath);
        request.Headers.TryAddWithoutValidation("Origin", origin);
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", "POST");
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", requestHeaders);
        return await client.SendAsync(request);
    }

    /// <summary>The actual call, as a page's fetch sends it after the preflight; no Origin when it is null.</summary>
    public static async Task<HttpResponseMessage> SendFromAsync(
        this HttpClient client,
        string? origin,
        HttpMethod method,
        string path,
        string? body = null,
        string? contentType = ApiClientExtensions.JsonContentType)
    {
        using var request = new HttpRequestMessage(method, path);
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        return await client.SendAsync(request);
    }

    /// <summary>Every value of a response header, split on commas and trimmed; empty when absent.</summary>
    public static IReadOnlyList<string> Values(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
            ? [.. values.SelectMany(value => value.Split(',')).Select(value => value.Trim()).Where(value => value.Length > 0)]
            : [];

    /// <summary>The names of every Access-Control-* header in the response.</summary>
    public static IReadOnlyList<string> CorsHeaderNames(this HttpResponseMessage response) =>
        [.. response.Headers
            .Select(header => header.Key)
            .Where(name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase))];
}
