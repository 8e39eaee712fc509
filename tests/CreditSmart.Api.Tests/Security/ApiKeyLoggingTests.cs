using System.Diagnostics;
using System.Net;
using System.Text;
using CreditSmart.Api.Tests.Support;

namespace CreditSmart.Api.Tests.Security;

/// <summary>
/// Keys, right and wrong, never reach the console, the log records or the spans, even with the
/// authentication middleware logging at Debug.
/// </summary>
public sealed class ApiKeyLoggingTests
{
    private const string WrongKey = "zz-wrong-api-key-sentinel-0003";

    [Fact]
    public async Task NoKeyReachesALogOrASpan()
    {
        await using var api = new ObservedApi(new Dictionary<string, string>
        {
            ["Logging:LogLevel:Microsoft.AspNetCore.Authentication"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore.Authorization"] = "Debug",
        });
        using var client = api.CreateClient();

        var right = await client.PredictAsync(ApplicationJson.SampleText);
        client.DefaultRequestHeaders.Remove(ApiFactory.ApiKeyHeader);
        client.DefaultRequestHeaders.Add(ApiFactory.ApiKeyHeader, WrongKey);
        var wrong = await client.PredictAsync(ApplicationJson.SampleText);
        await api.SpanAsync(
            span => span.Kind == ActivityKind.Server && Equals(span.GetTagItem("http.response.status_code"), 401),
            "the refused request's server span");

        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        var console = api.ConsoleLines.Snapshot();
        Assert.Contains(console, line => line.Contains("was not authenticated", StringComparison.Ordinal));
        var emitted = console
            .Concat(api.LogRecords.Snapshot().Select(record => $"{record.FormattedMessage} {string.Join(' ', record.Attributes ?? [])}"))
            .Concat(api.Spans.Snapshot().Select(Render));
        foreach (var item in emitted)
        {
            Assert.DoesNotContain(ApiFactory.ApiKey, item, StringComparison.Ordinal);
            Assert.DoesNotContain(WrongKey, item, StringComparison.Ordinal);
        }
    }

    private static string Render(Activity span)
    {
        var text = new StringBuilder(span.DisplayName);
        foreach (var (key, value) in span.TagObjects)
        {
            text.Append(' ').Append(key).Append('=').Append(value);
        }

        return text.ToString();
    }
}
