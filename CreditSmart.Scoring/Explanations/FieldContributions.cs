using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Explanations;

/// <summary>
/// Signed contributions to risk summed per v1 field; positive raises the risk.
/// Both the model and the rule engine report what drove a score through this one type.
/// </summary>
public sealed class FieldContributions
{
    private readonly double[] _byField = new double[FieldNames.Scored.Count];

    public void Add(string field, double contribution)
    {
        var index = IndexOf(field);
        _byField[index] += contribution;
    }

    public double this[string field] => _byField[IndexOf(field)];

    /// <summary>The fields with a non-zero contribution, strongest first.</summary>
    public IEnumerable<(string Field, double Contribution)> Ranked() =>
        FieldNames.Scored
            .Select((field, index) => (field, _byField[index]))
            .Where(entry => entry.Item2 != 0 && double.IsFinite(entry.Item2))
            .OrderByDescending(entry => Math.Abs(entry.Item2))
            .ThenBy(entry => entry.field, StringComparer.Ordinal);

    /// <summary>The sum of absolute contributions: the denominator of each factor's impact.</summary>
    public double TotalMagnitude => _byField.Where(double.IsFinite).Sum(Math.Abs);

    private static int IndexOf(string field)
    {
        for (var i = 0; i < FieldNames.Scored.Count; i++)
        {
            if (FieldNames.Scored[i] == field)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{field}' is not a v1 field.", nameof(field));
    }
}
