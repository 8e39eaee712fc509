using System.Diagnostics;
using System.Text;
using CreditSmart.Api.Tests.Support;
using OpenTelemetry.Logs;

namespace CreditSmart.Api.Tests.Observability;

/// <summary>
/// Sends applications carrying unique sentinel values through valid and refused requests, then
/// searches everything the process emitted for them: console lines, log records, span names,
/// attributes and events, metric tags, and the audit file.
/// </summary>
public sealed class NoApplicantDataTests
{
    private const string Income = "123457";
    private const string Debt = "9876.54";
    private const string Identifier = "SSN-000-12-3456";
    private const string Email = "sentinel.person@example.com";

    private static readonly string[] s_sentinels = [Income, Debt, Identifier, Email];

    // "verbose": an operator has turned every framework category up to Information, the request
    // lines (which print the URL with its query string) included.
    public static TheoryData<string> Modes => new() { "model", "rules", "verbose" };

    private static readonly Dictionary<string, string> s_verboseLogging = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        ["Logging:Console:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        ["Logging:OpenTelemetry:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task NoSentinelReachesALogASpanAMetricOrTheAuditTrail(string mode)
    {
        await using var api = mode switch
        {
            "rules" => ObservedApi.InRulesMode(),
            "verbose" => new ObservedApi(s_verboseLogging),
            _ => new ObservedApi(),
        };
        using var client = api.CreateClient();
        var applicant = ApplicationJson.Sample().Set("annual_income", Income).Set("monthly_debt", Debt);

        var scored = await SendAsync(client, HttpMethod.Post, applicant.ToString(), "application/json");
        var scoringMode = ResponseAssert.Prediction(scored).GetProperty("scoring_mode").GetString();
        Assert.Equal(mode == "rules" ? "rules" : "model", scoringMode);

        await SendAsync(client, HttpMethod.Post, applicant.SetString("national_id", Identifier).ToString(), "application/json");
        await SendAsync(client, HttpMethod.Post, applicant.SetString(Identifier, Email).ToString(), "application/json");
        await SendAsync(client, HttpMethod.Post, applicant.Set("credit_score", $"\"{Debt}\"").ToString(), "application/json");
        await SendAsync(client, HttpMethod.Post, $"{{\"annual_income\":{Income},\"note\":\"{Identifier}\"", "application/json");
        await SendAsync(client, HttpMethod.Post, applicant.ToString(), "text/plain");
        await SendAsync(client, HttpMethod.Get, body: null, contentType: null);

        // Everything ends before a shut-down: spans, queued audit records, log batches.
        var scoredId = ResponseAssert.NonEmptyString(scored.Json, "request_id");
        await api.AuditRecordAsync(scoredId);
        await api.SpanAsync(span => span.Kind == ActivityKind.Server && span.Duration > TimeSpan.Zero
            && Equals(span.GetTagItem("http.request.method"), "GET"), "the last request's server span");
        api.FlushMetrics();

        var emitted = new Dictionary<string, IReadOnlyList<string>>
        {
            ["console"] = api.ConsoleLines.Snapshot(),
            ["log records"] = [.. api.LogRecords.Snapshot().Select(Render)],
            ["spans"] = [.. api.Spans.Snapshot().Select(Render)],
            ["metric tags"] = [.. api.Metrics.Snapshot().SelectMany(Render)],
            ["audit"] = api.AuditLines(),
        };

        Assert.Contains(emitted["console"], line => line.Contains("\"EventId\":1202", StringComparison.Ordinal));
        Assert.NotEmpty(emitted["log records"]);
        Assert.NotEmpty(emitted["spans"]);
        Assert.Contains(emitted["metric tags"], tag => tag.StartsWith("creditsmart.predictions", StringComparison.Ordinal));
        Assert.NotEmpty(emitted["audit"]);
        if (mode == "verbose")
        {
            // The settings took: the framework's other lines are there.
            const string frameworkLine = "\"Category\":\"Microsoft.AspNetCore.";
            Assert.Contains(emitted["console"], line => line.Contains(frameworkLine, StringComparison.Ordinal));
        }

        foreach (var (surface, items) in emitted)
        {
            foreach (var item in items)
            {
                foreach (var sentinel in s_sentinels)
                {
                    Assert.False(
                        item.Contains(sentinel, StringComparison.OrdinalIgnoreCase),
                        $"The {surface} carry the sentinel '{sentinel}': {item}");
                }
            }
        }
    }

    private static async Task<ApiResponse> SendAsync(HttpClient client, HttpMethod method, string? body, string? contentType)
    {
        using var request = new HttpRequestMessage(method, $"/api/v1/predict?email={Email}&ref={Identifier}");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        request.Headers.TryAddWithoutValidation("User-Agent", Email);
        request.Headers.TryAddWithoutValidation("X-Applicant-Id", Identifier);
        request.Headers.TryAddWithoutValidation("Referer", $"https://example.com/apply?income={Income}");

        using var response = await client.SendAsync(request);
        return await ApiResponse.ReadAsync(response);
    }

    private static string Render(LogRecord record)
    {
        var text = new StringBuilder()
            .Append(record.CategoryName).Append(' ').Append(record.EventId.Name).Append(' ')
            .Append(record.FormattedMessage).Append(' ').Append(record.Body).Append(' ')
            .Append(record.Exception);

        foreach (var (key, value) in record.Attributes ?? [])
        {
            text.Append(' ').Append(key).Append('=').Append(value);
        }

        record.ForEachScope(
            (scope, builder) =>
            {
                foreach (var (key, value) in scope)
                {
                    builder.Append(' ').Append(key).Append('=').Append(value);
                }
            },
            text);

        return text.ToString();
    }

    private static string Render(Activity span)
    {
        var text = new StringBuilder().Append(span.DisplayName).Append(' ').Append(span.StatusDescription);
        foreach (var (key, value) in span.TagObjects)
        {
            text.Append(' ').Append(key).Append('=').Append(value);
        }

        foreach (var spanEvent in span.Events)
        {
            text.Append(' ').Append(spanEvent.Name);
            foreach (var (key, value) in spanEvent.Tags)
            {
                text.Append(' ').Append(key).Append('=').Append(value);
            }
        }

        foreach (var (key, value) in span.Baggage)
        {
            text.Append(' ').Append(key).Append('=').Append(value);
        }

        return text.ToString();
    }

    private static IEnumerable<string> Render(OpenTelemetry.Metrics.MetricSnapshot metric)
    {
        foreach (var point in metric.MetricPoints)
        {
            var text = new StringBuilder(metric.Name);
            foreach (var (key, value) in point.Tags)
            {
                text.Append(' ').Append(key).Append('=').Append(value);
            }

            yield return text.ToString();
        }
    }
}
