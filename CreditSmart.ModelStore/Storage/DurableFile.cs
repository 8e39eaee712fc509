using System.Text.Json;

namespace CreditSmart.ModelStore.Storage;

/// <summary>
/// Writes that survive a crash: bytes are flushed to the disk before anything points at them, and
/// a file is replaced by writing a temporary one beside it and renaming it over the old.
/// </summary>
public static class DurableFile
{
    public static async Task WriteJsonAsync<T>(string path, T value, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await JsonSerializer.SerializeAsync(stream, value, cancellationToken: cancellationToken);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Replaces <paramref name="path"/> in one rename: readers see the old file or the new one.</summary>
    public static async Task ReplaceJsonAsync<T>(string path, T value, CancellationToken cancellationToken)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await WriteJsonAsync(temporary, value, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static async Task<T?> ReadJsonAsync<T>(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, cancellationToken: cancellationToken);
    }
}
