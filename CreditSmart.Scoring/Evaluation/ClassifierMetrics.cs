using System.Text.Json.Serialization;

namespace CreditSmart.Scoring.Evaluation;

/// <summary>The headline figures of a model on one set of rows; see <see cref="BinaryMetrics"/>.</summary>
/// <param name="Auc">Area under the ROC curve; 0.5 is chance, higher ranks defaults better.</param>
/// <param name="LogLoss">Mean negative log-likelihood in nats; lower is better.</param>
/// <param name="Brier">Mean squared error of the probability; lower is better.</param>
/// <param name="Ks">Kolmogorov-Smirnov separation of defaults from repaid loans, 0 to 1.</param>
public sealed record ClassifierMetrics(
    [property: JsonPropertyName("auc")] double Auc,
    [property: JsonPropertyName("log_loss")] double LogLoss,
    [property: JsonPropertyName("brier")] double Brier,
    [property: JsonPropertyName("ks")] double Ks);
