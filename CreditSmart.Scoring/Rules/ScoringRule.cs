using CreditSmart.Scoring.Applications;

namespace CreditSmart.Scoring.Rules;

/// <summary>
/// One line of the fallback scorecard: what it looks at and how many log-odds of default it
/// adds for an application, measured from a typical Lending Club borrower (zero there).
/// </summary>
public sealed record ScoringRule(string Field, string Description, Func<CreditApplication, double> LogOdds);
