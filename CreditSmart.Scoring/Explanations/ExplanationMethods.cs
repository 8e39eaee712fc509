namespace CreditSmart.Scoring.Explanations;

/// <summary>The values of <c>explanation_method</c> a model's metadata may carry.</summary>
public static class ExplanationMethods
{
    /// <summary>Weight times centred, scaled feature value; they add up to the score less the bias.</summary>
    public const string Linear = "fcc-linear";

    /// <summary>ML.NET's tree-path attribution: the score change from taking the other branch.</summary>
    public const string TreePath = "fcc-tree-path";

    /// <summary>
    /// Whether <paramref name="method"/> is one the scorer can stand behind. The value is repeated
    /// in every response, so metadata cannot be allowed to put its own words there.
    /// </summary>
    public static bool IsKnown(string? method) => method is Linear or TreePath;
}
