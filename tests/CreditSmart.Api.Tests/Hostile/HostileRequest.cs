using System.Text;

namespace CreditSmart.Api.Tests.Hostile;

/// <summary>How a request body travels: with a Content-Length, or chunked with no length given.</summary>
public enum BodyFraming
{
    ContentLength,
    Chunked,
}

/// <summary>
/// One row of the hostile-input table: what is sent, and what the README's v1 contract says comes back.
/// </summary>
/// <param name="Errors">For a 422, every error as "field:code" joined by " + "; otherwise null.</param>
/// <param name="Sentinels">Values in the request that must not appear anywhere in the response body.</param>
public sealed record HostileRequest(
    string Name,
    byte[] Body,
    int Status,
    string? ProblemType,
    string? Errors,
    string[] Sentinels,
    string? ContentType = HostileRequest.Json,
    BodyFraming Framing = BodyFraming.ContentLength,
    string? ContentEncoding = null)
{
    public const string Json = "application/json";

    public override string ToString() => Name;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
