using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Validation;

/// <summary>Finds the real field a misspelt key most likely meant.</summary>
internal static class FieldSuggestions
{
    /// <summary>
    /// A key matches a field when they agree once case and separators are ignored
    /// ("Annual_Income", "annualIncome", "annual-income" all mean annual_income), or when it is
    /// at most two letters off one field and no other ("anual_income", "credit_scor").
    /// </summary>
    public static string? Closest(string key)
    {
        var normalized = Normalize(key);
        var fields = FieldNames.Scored.Append(FieldNames.SchemaVersion).ToList();

        var exact = fields.FirstOrDefault(field => Normalize(field) == normalized);
        if (exact is not null)
        {
            return exact;
        }

        // A long key cannot be a typo of a short field; skip the work for it.
        if (normalized.Length > s_maxFieldLength + MaxTypos)
        {
            return null;
        }

        var near = fields.Where(field => EditDistance(Normalize(field), normalized) <= MaxTypos).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    private const int MaxTypos = 2;

    private static readonly int s_maxFieldLength = FieldNames.Scored.Max(field => field.Length);

    private static string Normalize(string name) =>
        new([.. name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
