using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CreditSmart.Benchmarks.Http;

/// <summary>
/// One kept-alive HTTP/1.1 connection that sends a fixed request and reads whole responses,
/// framed by Content-Length or chunked. Far cheaper per request than HttpClient, so the client
/// takes little of the cores it shares with the server.
/// </summary>
internal sealed class Http11Connection : IDisposable
{
    private static ReadOnlySpan<byte> HeaderEnd => "\r\n\r\n"u8;
    private static ReadOnlySpan<byte> LineEnd => "\r\n"u8;

    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[64 * 1024];

    private Http11Connection(Socket socket)
    {
        _socket = socket;
    }

    public static async Task<Http11Connection> OpenAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, url.Port), cancellationToken);
        return new Http11Connection(socket);
    }

    /// <summary>Sends the request and returns the response's status code once its body has arrived.</summary>
    public async Task<int> SendAsync(ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        await _socket.SendAsync(request, SocketFlags.None, cancellationToken);

        var filled = 0;
        while (true)
        {
            var read = await _socket.ReceiveAsync(_buffer.AsMemory(filled), SocketFlags.None, cancellationToken);
            if (read == 0)
            {
                throw new IOException("The server closed the connection.");
            }

            filled += read;
            if (filled == _buffer.Length)
            {
                throw new IOException("The response is larger than the client's buffer.");
            }

            if (TryParse(_buffer.AsSpan(0, filled), out var status))
            {
                return status;
            }
        }
    }

    public void Dispose() => _socket.Dispose();

    private static bool TryParse(ReadOnlySpan<byte> response, out int status)
    {
        status = 0;
        var headerEnd = response.IndexOf(HeaderEnd);
        if (headerEnd < 0)
        {
            return false;
        }

        var head = Encoding.ASCII.GetString(response[..headerEnd]);
        status = int.Parse(head.AsSpan(9, 3));
        var body = response[(headerEnd + HeaderEnd.Length)..];

        if (HeaderValue(head, "content-length") is { } length)
        {
            return body.Length >= int.Parse(length);
        }

        if (HeaderValue(head, "transfer-encoding") is { } encoding && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            return IsCompleteChunked(body);
        }

        throw new IOException("The response has neither Content-Length nor chunked framing.");
    }

    private static bool IsCompleteChunked(ReadOnlySpan<byte> body)
    {
        while (true)
        {
            var sizeEnd = body.IndexOf(LineEnd);
            if (sizeEnd < 0)
            {
                return false;
            }

            var size = Convert.ToInt32(Encoding.ASCII.GetString(body[..sizeEnd]).Split(';')[0], 16);
            var next = sizeEnd + LineEnd.Length + size + LineEnd.Length;
            if (size == 0)
            {
                // No trailers are sent, so the last chunk ends with one empty line.
                return body.Length >= next;
            }

            if (body.Length < next)
            {
                return false;
            }

            body = body[next..];
        }
    }

    private static string? HeaderValue(string head, string name)
    {
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }
}
