using System.Net.Http.Headers;
using System.Text;

namespace CreditSmart.Benchmarks.Http;

/// <summary>One endpoint under load: a JSON POST of <see cref="Body"/>, or a GET when it is null.</summary>
public sealed record LoadTarget(string Name, Uri Url, byte[]? Body, string? BodyPath)
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json");

    public HttpRequestMessage CreateRequest()
    {
        if (Body is null)
        {
            return new HttpRequestMessage(HttpMethod.Get, Url);
        }

        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = s_json;
        return new HttpRequestMessage(HttpMethod.Post, Url) { Content = content };
    }

    /// <summary>The request as HTTP/1.1 bytes on a kept-alive connection, as wrk sends it.</summary>
    public byte[] ToHttp11()
    {
        var head = new StringBuilder()
            .Append(Body is null ? "GET " : "POST ").Append(Url.PathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(Url.Authority).Append("\r\n");

        if (Body is not null)
        {
            head.Append("Content-Type: application/json\r\n")
                .Append("Content-Length: ").Append(Body.Length).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. Body ?? []];
    }
}
