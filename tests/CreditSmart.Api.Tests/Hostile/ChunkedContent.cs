namespace CreditSmart.Api.Tests.Hostile;

/// <summary>A body of unknown length, so HTTP/1.1 sends it chunked, in pieces of a few KB.</summary>
public sealed class ChunkedContent(byte[] body) : HttpContent
{
    private const int PieceBytes = 4096;

    protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
    {
        for (var offset = 0; offset < body.Length; offset += PieceBytes)
        {
            await stream.WriteAsync(body.AsMemory(offset, Math.Min(PieceBytes, body.Length - offset)));
            await stream.FlushAsync();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
