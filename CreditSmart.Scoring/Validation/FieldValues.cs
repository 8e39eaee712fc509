using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Validation;

/// <summary>The values read so far, by field name; becomes an application once all are there.</summary>
internal sealed class FieldValues
{
    // Sized for the whole schema up front: growing field by field resized each map twice a request.
    private static readonly int s_fieldCount = CreditApplicationSchema.Fields.Count;

    private readonly Dictionary<string, double> _numbers = new(s_fieldCount, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _categories = new(s_fieldCount, StringComparer.Ordinal);

    public void Set(string field, double value) => _numbers[field] = value;

    public void Set(string field, string value) => _categories[field] = value;

    public CreditApplication ToApplication() => new(
        AnnualIncome: _numbers[FieldNames.AnnualIncome],
        MonthlyDebt: _numbers[FieldNames.MonthlyDebt],
        CreditScore: Integer(FieldNames.CreditScore),
        LoanAmount: _numbers[FieldNames.LoanAmount],
        LoanTermMonths: Integer(FieldNames.LoanTermMonths),
        EmploymentLengthYears: Integer(FieldNames.EmploymentLengthYears),
        HomeOwnership: _categories[FieldNames.HomeOwnership],
        Purpose: _categories[FieldNames.Purpose],
        NumberOfOpenAccounts: Integer(FieldNames.NumberOfOpenAccounts),
        Delinquencies2y: Integer(FieldNames.Delinquencies2y),
        Inquiries6m: Integer(FieldNames.Inquiries6m));

    private int Integer(string field) => (int)_numbers[field];
}
