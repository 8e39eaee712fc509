namespace CreditSmart.Api.Infrastructure;

/// <summary>The API and application versions every response reports.</summary>
public static class ApiVersion
{
    public const string Current = "v1";

    public const string App = "1.0.0";

    public const string Header = "X-API-Version";
}
