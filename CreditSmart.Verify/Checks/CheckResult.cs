namespace CreditSmart.Verify.Checks;

/// <summary>One line of the checklist.</summary>
/// <param name="Name">The check's stable name, e.g. <c>quality</c>.</param>
/// <param name="Measured">What was seen, in words and figures.</param>
/// <param name="Expected">On a failure, what a pass needs; null otherwise.</param>
/// <param name="Figures">The measured numbers by name (milliseconds, rates, counts), for machines.</param>
public sealed record CheckResult(
    string Name,
    CheckOutcome Outcome,
    string Measured,
    string? Expected,
    IReadOnlyDictionary<string, double> Figures)
{
    public static CheckResult Passed(string name, string measured, IReadOnlyDictionary<string, double>? figures = null) =>
        new(name, CheckOutcome.Pass, measured, null, figures ?? new Dictionary<string, double>());

    public static CheckResult Failed(
        string name, string measured, string expected, IReadOnlyDictionary<string, double>? figures = null) =>
        new(name, CheckOutcome.Fail, measured, expected, figures ?? new Dictionary<string, double>());

    /// <summary>Passed when <paramref name="passed"/>, else failed with what was expected.</summary>
    public static CheckResult Judged(
        string name, bool passed, string measured, string expected, IReadOnlyDictionary<string, double>? figures = null) =>
        passed ? Passed(name, measured, figures) : Failed(name, measured, expected, figures);
}
