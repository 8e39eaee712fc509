namespace CreditSmart.Api.Observability;

/// <summary>
/// The prediction endpoint's log events. Names are stable: operators alert on them. No event
/// carries an application's figures, only bands and labels from fixed sets.
/// </summary>
internal static partial class PredictionLog
{
    [LoggerMessage(EventId = 1201, EventName = "prediction_request_received", Level = LogLevel.Information,
        Message = "Prediction requested: debt-to-income {DebtToIncomeBand}, credit score {CreditScoreBand}")]
    public static partial void RequestReceived(ILogger logger, string debtToIncomeBand, string creditScoreBand);

    [LoggerMessage(EventId = 1202, EventName = "prediction_success", Level = LogLevel.Information,
        Message = "Scored by {ModelVersion} ({ScoringMode}): {RiskBand}, {Decision}, in {ElapsedMs} ms")]
    public static partial void Success(
        ILogger logger, string modelVersion, string scoringMode, string riskBand, string decision, double elapsedMs);

    [LoggerMessage(EventId = 1203, EventName = "input_safety_validation_failed", Level = LogLevel.Information,
        Message = "Refused the request body ({Outcome}) with {ErrorCount} problem(s): {Problems}")]
    public static partial void InputRefused(ILogger logger, string outcome, int errorCount, string problems);

    [LoggerMessage(EventId = 1204, EventName = "high_dti_detected", Level = LogLevel.Information,
        Message = "Debt-to-income is in band {DebtToIncomeBand}, at or above the {Threshold} alert line")]
    public static partial void HighDebtToIncome(ILogger logger, string debtToIncomeBand, double threshold);
}
