namespace CreditSmart.Verify.Data;

/// <summary>A real loan as a request body, and whether it defaulted.</summary>
public sealed record LabelledLoan(int RowNumber, string Json, bool Defaulted);
