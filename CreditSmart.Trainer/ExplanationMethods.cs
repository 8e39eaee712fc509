namespace CreditSmart.Trainer;

/// <summary>The values of <c>explanation_method</c> in the metadata.</summary>
internal static class ExplanationMethods
{
    /// <summary>Weight times centred, scaled feature value; they add up to the score less the bias.</summary>
    public const string Linear = "fcc-linear";

    /// <summary>ML.NET's tree-path attribution: the score change from taking the other branch.</summary>
    public const string TreePath = "fcc-tree-path";
}
