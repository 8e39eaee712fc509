using System.Collections;

namespace CreditSmart.Api.Observability;

/// <summary>
/// The properties every log line of one request carries: its <c>request_id</c> (the one the
/// response and the audit record show) and its <c>trace_id</c> (the one the dashboard shows).
/// </summary>
public sealed class RequestLogScope(string requestId, string? traceId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    // The JSON formatter writes the scope's text on every line; a request writes several.
    private string? _text;

    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new(TelemetryTags.RequestId, requestId),
        1 => new("trace_id", traceId),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _text ??= $"request_id:{requestId} trace_id:{traceId}";
}
