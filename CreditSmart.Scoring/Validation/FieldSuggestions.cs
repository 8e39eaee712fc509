using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Validation;

/// <summary>Finds the real field a misspelt key most likely meant.</summary>
internal static class FieldSuggestions
{
    /// <summary>
    /// A key matches a field when they agree once case and separators are ignored
    /// ("Annual_Income", "annualIncome", "annual-income" all mean annual_income).
    /// </summary>
    public static string? Closest(string key)
    {
        var normalized = Normalize(key);

        return FieldNames.Scored
            .Append(FieldNames.SchemaVersion)
            .FirstOrDefault(field => Normalize(field) == normalized);
    }

    private static string Normalize(string name) =>
        new([.. name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
}
