using System.Text.Json.Serialization;

namespace CreditSmart.Api.Apis;

/// <summary>
/// The v1 application as OpenAPI documents it. Requests are not bound to this type (see
/// <see cref="CreditSmart.Scoring.Validation.CreditApplicationReader"/>); ranges and allowed values
/// are filled in from the schema by <see cref="ApplicationSchemaTransformer"/>.
/// </summary>
public sealed record PredictionRequest(
    string? SchemaVersion,
    double AnnualIncome,
    double MonthlyDebt,
    int CreditScore,
    double LoanAmount,
    int LoanTermMonths,
    int EmploymentLengthYears,
    string HomeOwnership,
    string Purpose,
    int NumberOfOpenAccounts,
    // The snake-case policy would write these as delinquencies2y and inquiries6m.
    [property: JsonPropertyName("delinquencies_2y")] int Delinquencies2y,
    [property: JsonPropertyName("inquiries_6m")] int Inquiries6m);
