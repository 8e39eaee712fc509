using System.Net;
using System.Text;

namespace CreditSmart.AppHost.Tests;

/// <summary>
/// Posts an application the way a well-behaved client does: a 429 is waited out (its
/// Retry-After, else a tenth of a second) and sent again. The stack keeps its rate limit, and
/// the release checklist run just before may have used up the window a poll starts in.
/// </summary>
internal static class PolitePredictions
{
    private static readonly TimeSpan s_defaultWait = TimeSpan.FromMilliseconds(100);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient api, string json, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var body = new StringContent(json, Encoding.UTF8, "application/json");
            var response = await api.PostAsync("/api/v1/predict", body, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? s_defaultWait;
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }
}
