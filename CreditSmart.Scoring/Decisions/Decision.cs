namespace CreditSmart.Scoring.Decisions;

/// <summary>What the service recommends doing with the application.</summary>
public enum Decision
{
    Approve,
    Review,
    Decline,
}
