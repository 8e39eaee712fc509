using Microsoft.ML.Data;

namespace CreditSmart.Scoring.Features;

/// <summary>
/// One row as the ML.NET pipeline sees it: the derived features of an application.
/// Training and serving both build it with <see cref="FeatureDerivation"/>, so the two cannot skew.
/// </summary>
public sealed class ModelInput
{
    [ColumnName(FeatureColumns.CreditScore)]
    public float CreditScore { get; set; }

    [ColumnName(FeatureColumns.DebtToIncome)]
    public float DebtToIncome { get; set; }

    [ColumnName(FeatureColumns.LogIncome)]
    public float LogIncome { get; set; }

    [ColumnName(FeatureColumns.LoanToIncome)]
    public float LoanToIncome { get; set; }

    [ColumnName(FeatureColumns.LogLoanAmount)]
    public float LogLoanAmount { get; set; }

    [ColumnName(FeatureColumns.LongTerm)]
    public float LongTerm { get; set; }

    /// <summary>NaN when unknown (training data only); the pipeline imputes it.</summary>
    [ColumnName(FeatureColumns.EmploymentYears)]
    public float EmploymentYears { get; set; }

    [ColumnName(FeatureColumns.OpenAccounts)]
    public float OpenAccounts { get; set; }

    [ColumnName(FeatureColumns.Delinquencies)]
    public float Delinquencies { get; set; }

    [ColumnName(FeatureColumns.Inquiries)]
    public float Inquiries { get; set; }

    [ColumnName(FeatureColumns.HomeOwnership)]
    public string HomeOwnership { get; set; } = "";

    [ColumnName(FeatureColumns.Purpose)]
    public string Purpose { get; set; } = "";

    /// <summary>The training label: true when the loan was charged off. Unused when scoring.</summary>
    [ColumnName(FeatureColumns.Label)]
    public bool Defaulted { get; set; }
}
