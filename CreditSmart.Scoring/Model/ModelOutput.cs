using Microsoft.ML.Data;

namespace CreditSmart.Scoring.Model;

/// <summary>What a CreditSmart model artifact emits for one row.</summary>
public sealed class ModelOutput
{
    /// <summary>The calibrated probability of default.</summary>
    [ColumnName("Probability")]
    public float Probability { get; set; }

    /// <summary>The uncalibrated score the contributions add up to.</summary>
    [ColumnName("Score")]
    public float Score { get; set; }

    /// <summary>One contribution per feature slot, from ML.NET's feature contribution calculation.</summary>
    [ColumnName(CreditRiskPipeline.ContributionsColumn)]
    public float[] FeatureContributions { get; set; } = [];
}
