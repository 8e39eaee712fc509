using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Explanations;

/// <summary>
/// Picks the factors to report: the strongest four, and a fifth only when it is recent
/// inquiries, which is how US adverse-action notices are allowed to list them.
/// </summary>
public static class KeyFactorSelector
{
    public const int MaxFactors = 4;

    /// <summary>Factors below this share of the evidence are noise to an applicant.</summary>
    public const double MinImpact = 0.005;

    public static IReadOnlyList<KeyFactor> Select(FieldContributions contributions, CreditApplication application)
    {
        var total = contributions.TotalMagnitude;
        if (total <= 0)
        {
            return [];
        }

        var factors = new List<KeyFactor>(MaxFactors + 1);
        foreach (var (field, contribution) in contributions.Ranked())
        {
            var impact = Math.Abs(contribution) / total;
            var isBonusInquiries = factors.Count == MaxFactors && field == FieldNames.Inquiries6m;
            if (impact < MinImpact || (factors.Count >= MaxFactors && !isBonusInquiries))
            {
                break;
            }

            var direction = contribution > 0 ? RiskDirection.IncreasesRisk : RiskDirection.DecreasesRisk;
            factors.Add(new KeyFactor(
                field,
                direction,
                Math.Round(impact, 3),
                FactorReasons.For(field, direction, application)));
        }

        return factors;
    }
}
