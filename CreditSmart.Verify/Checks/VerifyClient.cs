using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace CreditSmart.Verify.Checks;

/// <summary>
/// Sends what an ordinary client sends, one request at a time per caller, and times each from
/// sending to the last byte of the body. A request that gets no answer is a result, not an
/// exception, so a check can count it. Like a well-behaved client it honours the deployment's
/// rate limit: a 429 is sent again after its <c>Retry-After</c>, a few times at most, and counted.
/// </summary>
public sealed class VerifyClient : IDisposable
{
    public const string PredictPath = "/api/v1/predict";
    public const string HealthPath = "/api/v1/health";

    /// <summary>How many times one request is sent again after a 429.</summary>
    public const int MaxThrottledRetries = 5;

    /// <summary>The longest <c>Retry-After</c> waited for; a longer one ends the retries.</summary>
    private static readonly TimeSpan s_longestWait = TimeSpan.FromSeconds(10);

    private readonly HttpClient _http;
    private int _throttled;

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

    /// <summary>How many 429s the deployment answered, each sent again after its Retry-After.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public async Task<TimedResponse> SendAsync(
        HttpMethod method,
        string path,
        HttpContent? content,
        IReadOnlyDictionary<string, string>? headers,
        CancellationToken cancellationToken)
    {
        // A request message can be sent once; its body is kept to send again after a 429.
        var body = content is null ? null : await content.ReadAsByteArrayAsync(cancellationToken);
        var contentType = content?.Headers.ContentType;

        for (var attempt = 0; ; attempt++)
        {
            var response = await SendOnceAsync(method, path, body, contentType, headers, cancellationToken);
            if (response.Status != 429 || attempt == MaxThrottledRetries || RetryAfter(response) is not { } wait)
            {
                return response;
            }

            Interlocked.Increment(ref _throttled);
            await Task.Delay(wait, cancellationToken);
        }
    }

    private async Task<TimedResponse> SendOnceAsync(
        HttpMethod method,
        string path,
        byte[]? body,
        MediaTypeHeaderValue? contentType,
        IReadOnlyDictionary<string, string>? headers,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = contentType;
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return new TimedResponse((int)response.StatusCode, HeadersOf(response), text, Stopwatch.GetElapsedTime(started), null);
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

    // Seconds, as the API sends it; none, or longer than a checklist should wait, ends the retries.
    private static TimeSpan? RetryAfter(TimedResponse response)
    {
        if (!int.TryParse(response.Header("Retry-After"), System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds < 0)
        {
            return null;
        }

        var wait = TimeSpan.FromSeconds(Math.Max(seconds, 1));
        return wait <= s_longestWait ? wait : null;
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
