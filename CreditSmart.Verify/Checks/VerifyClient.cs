using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace CreditSmart.Verify.Checks;

/// <summary>
/// Sends what an ordinary client sends, one request at a time per caller, and times each from
/// sending to the last byte of the body. A request that gets no answer is a result, not an
/// exception, so a check can count it.
/// </summary>
public sealed class VerifyClient : IDisposable
{
    public const string PredictPath = "/api/v1/predict";
    public const string HealthPath = "/api/v1/health";

    private readonly HttpClient _http;

    public VerifyClient(VerifyOptions options)
    {
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            BaseAddress = options.BaseUrl,
            Timeout = options.RequestTimeout,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("creditsmart-verify", "1.0"));
        if (options.ApiKey is not null)
        {
            _http.DefaultRequestHeaders.Add("X-API-Key", options.ApiKey);
        }
    }

    public Task<TimedResponse> PredictAsync(string json, CancellationToken cancellationToken, string? requestId = null)
    {
        var headers = requestId is null ? null : new Dictionary<string, string> { ["X-Request-ID"] = requestId };
        return SendAsync(HttpMethod.Post, PredictPath, Json(json), headers, cancellationToken);
    }

    public Task<TimedResponse> HealthAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, HealthPath, content: null, headers: null, cancellationToken);

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public async Task<TimedResponse> SendAsync(
        HttpMethod method,
        string path,
        HttpContent? content,
        IReadOnlyDictionary<string, string>? headers,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new TimedResponse((int)response.StatusCode, HeadersOf(response), body, Stopwatch.GetElapsedTime(started), null);
        }
        catch (HttpRequestException exception)
        {
            return NoAnswer(started, exception.HttpRequestError.ToString());
        }
        // HttpClient reports its own timeout as a cancellation; the caller's cancellation propagates.
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return NoAnswer(started, $"timed out after {_http.Timeout.TotalSeconds:F0} s");
        }
    }

    public void Dispose() => _http.Dispose();

    private static TimedResponse NoAnswer(long started, string error) =>
        new(null, new Dictionary<string, string>(), "", Stopwatch.GetElapsedTime(started), error);

    private static Dictionary<string, string> HeadersOf(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }

        return headers;
    }
}
