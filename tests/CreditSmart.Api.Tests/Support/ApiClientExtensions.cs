using System.Text;

namespace CreditSmart.Api.Tests.Support;

/// <summary>Sends requests exactly as written: raw bytes, the given Content-Type or none at all.</summary>
public static class ApiClientExtensions
{
    public const string PredictPath = "/api/v1/predict";
    public const string HealthPath = "/api/v1/health";
    public const string OpenApiPath = "/openapi/v1.json";
    public const string JsonContentType = "application/json";

    public static Task<ApiResponse> PredictAsync(
        this HttpClient client,
        string body,
        string? contentType = JsonContentType,
        string? requestId = null) =>
        client.PredictAsync(Encoding.UTF8.GetBytes(body), contentType, requestId);

    public static Task<ApiResponse> PredictAsync(
        this HttpClient client,
        byte[] body,
        string? contentType = JsonContentType,
        string? requestId = null) =>
        client.SendRawAsync(HttpMethod.Post, PredictPath, body, contentType, requestId);

    public static Task<ApiResponse> GetResponseAsync(
        this HttpClient client,
        string path,
        string? requestId = null) =>
        client.SendRawAsync(HttpMethod.Get, path, body: null, contentType: null, requestId);

    public static async Task<ApiResponse> SendRawAsync(
        this HttpClient client,
        HttpMethod method,
        string path,
        byte[]? body,
        string? contentType,
        string? requestId)
    {
        using var request = new HttpRequestMessage(method, path);

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (requestId is not null)
        {
            request.Headers.TryAddWithoutValidation(ApiResponse.RequestIdHeaderName, requestId);
        }

        using var response = await client.SendAsync(request);
        return await ApiResponse.ReadAsync(response);
    }
}
