using System.Text.Json.Nodes;
using CreditSmart.Scoring.Applications;

namespace CreditSmart.Verify.Data;

/// <summary>An application as the v1 request body a lender's frontend would send.</summary>
public static class ApplicationJson
{
    public static JsonObject ToNode(CreditApplication application) => new()
    {
        [FieldNames.SchemaVersion] = "v1",
        [FieldNames.AnnualIncome] = application.AnnualIncome,
        [FieldNames.MonthlyDebt] = application.MonthlyDebt,
        [FieldNames.CreditScore] = application.CreditScore,
        [FieldNames.LoanAmount] = application.LoanAmount,
        [FieldNames.LoanTermMonths] = application.LoanTermMonths,
        [FieldNames.EmploymentLengthYears] = application.EmploymentLengthYears,
        [FieldNames.HomeOwnership] = application.HomeOwnership,
        [FieldNames.Purpose] = application.Purpose,
        [FieldNames.NumberOfOpenAccounts] = application.NumberOfOpenAccounts,
        [FieldNames.Delinquencies2y] = application.Delinquencies2y,
        [FieldNames.Inquiries6m] = application.Inquiries6m,
    };

    public static string From(CreditApplication application) => ToNode(application).ToJsonString();

    /// <summary>The application with one field replaced, or added when the schema has no such field.</summary>
    public static string With(CreditApplication application, string field, JsonNode value)
    {
        var node = ToNode(application);
        node[field] = value;
        return node.ToJsonString();
    }

    /// <summary>The application without one field.</summary>
    public static string Without(CreditApplication application, string field)
    {
        var node = ToNode(application);
        node.Remove(field);
        return node.ToJsonString();
    }
}
