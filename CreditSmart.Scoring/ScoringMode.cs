namespace CreditSmart.Scoring;

/// <summary>What produced a score.</summary>
public enum ScoringMode
{
    /// <summary>The trained ML.NET model.</summary>
    Model,

    /// <summary>The deterministic rule engine, used when no model can be served.</summary>
    Rules,
}
