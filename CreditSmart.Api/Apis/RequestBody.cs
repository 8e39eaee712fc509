using System.Buffers;
using Microsoft.Net.Http.Headers;

namespace CreditSmart.Api.Apis;

/// <summary>Reads JSON request bodies with a hard size cap, however they are framed.</summary>
public static class RequestBody
{
    /// <summary>A v1 application is about 350 bytes; 10 KB leaves room and bounds the work.</summary>
    public const int MaxBytes = 10 * 1024;

    /// <summary>True for <c>application/json</c>, with no charset or UTF-8.</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (mediaType.Charset.Length == 0
            || HeaderUtilities.RemoveQuotes(mediaType.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the body is sent as is: compressed bodies are not accepted.</summary>
    public static bool IsUncompressed(HttpRequest request) =>
        request.Headers.ContentEncoding.All(encoding => string.IsNullOrWhiteSpace(encoding)
            || encoding.Trim().Equals("identity", StringComparison.OrdinalIgnoreCase));

    /// <summary>The whole body, or null as soon as it grows past <see cref="MaxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;

            if (buffer.Length > MaxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (result.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            // Examined all, consumed nothing: wake again when more bytes arrive.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
