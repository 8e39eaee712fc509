namespace CreditSmart.Scoring.Data;

/// <summary>
/// One row of the Lending Club training file as written, before anything is dropped or imputed.
/// A null field was an empty cell. Field names follow <see cref="Applications.CreditApplication"/>.
/// </summary>
/// <param name="RowNumber">
/// The row's position among the data rows, counting from 1. The header and blank lines are not
/// counted, so in the committed file (which has no blank lines) the row is on line RowNumber + 1.
/// </param>
/// <param name="Defaulted">True when the loan was charged off (the file's <c>defaulted</c> is 1).</param>
public sealed record LendingClubRecord(
    int RowNumber,
    double? AnnualIncome,
    double? MonthlyDebt,
    int? CreditScore,
    double? LoanAmount,
    int? LoanTermMonths,
    int? EmploymentLengthYears,
    string? HomeOwnership,
    string? Purpose,
    int? NumberOfOpenAccounts,
    int? Delinquencies2y,
    int? Inquiries6m,
    bool Defaulted)
{
    /// <summary>True when every scored field has a value.</summary>
    public bool IsComplete => EmploymentLengthYears is not null && IsCompleteApartFromEmployment;

    /// <summary>
    /// True when every scored field except employment length has a value: the rows the trainer
    /// keeps, since the pipeline imputes a missing employment length and nothing else.
    /// </summary>
    public bool IsCompleteApartFromEmployment =>
        AnnualIncome is not null
        && MonthlyDebt is not null
        && CreditScore is not null
        && LoanAmount is not null
        && LoanTermMonths is not null
        && HomeOwnership is not null
        && Purpose is not null
        && NumberOfOpenAccounts is not null
        && Delinquencies2y is not null
        && Inquiries6m is not null;
}
