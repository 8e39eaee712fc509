using System.Buffers;

namespace CreditSmart.ModelStore.Storage;

/// <summary>
/// A model_version names a folder and appears in URLs, so it must be a plain token: this keeps
/// "../x" and friends out of the filesystem.
/// </summary>
public static class ModelVersionName
{
    public const int MaxLength = 64;

    private static readonly SearchValues<char> s_allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");

    // "active" would be shadowed by GET /api/v1/models/active.
    private static readonly string[] s_reserved = ["active", "rollback"];

    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= MaxLength }
        && char.IsAsciiLetterOrDigit(name[0])
        && !name.AsSpan().ContainsAnyExcept(s_allowed)
        && !s_reserved.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static string Rule =>
        $"model_version must be 1 to {MaxLength} letters, digits, '.', '_' or '-', start with a letter or digit, "
        + "and not be 'active' or 'rollback'";
}
