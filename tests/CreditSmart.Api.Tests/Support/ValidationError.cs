namespace CreditSmart.Api.Tests.Support;

/// <summary>One entry of a 422 body's <c>errors</c>.</summary>
public sealed record ValidationError(string Field, string Code, string Message)
{
    /// <summary>"field:code", the form the validation tables are written in.</summary>
    public string Key => $"{Field}:{Code}";
}
