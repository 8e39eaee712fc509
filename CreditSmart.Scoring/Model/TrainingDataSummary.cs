using System.Text.Json.Serialization;

namespace CreditSmart.Scoring.Model;

/// <summary>Which file a model learned from, and how its rows were split and dropped.</summary>
public sealed record TrainingDataSummary
{
    /// <summary>The file's name only, never a path, so the metadata reads the same on any machine.</summary>
    [JsonPropertyName("file_name")]
    public required string FileName { get; init; }

    [JsonPropertyName("sha256")]
    public required string Sha256 { get; init; }

    /// <summary>How training and held-out rows were chosen, in a sentence.</summary>
    [JsonPropertyName("split")]
    public required string Split { get; init; }

    /// <summary>Every data row of the file.</summary>
    [JsonPropertyName("total")]
    public required DataSliceSummary Total { get; init; }

    /// <summary>Rows kept: every scored field present, employment length apart.</summary>
    [JsonPropertyName("used")]
    public required DataSliceSummary Used { get; init; }

    /// <summary>Rows left out of training and testing because a field other than employment length was empty.</summary>
    [JsonPropertyName("dropped")]
    public required DataSliceSummary Dropped { get; init; }

    /// <summary>Used rows the shipped model was fitted on.</summary>
    [JsonPropertyName("train")]
    public required DataSliceSummary Train { get; init; }

    /// <summary>The tail of the training rows on which candidates were compared before the refit.</summary>
    [JsonPropertyName("validation")]
    public required DataSliceSummary Validation { get; init; }

    /// <summary>Used rows held out from all fitting; the metrics are measured on these.</summary>
    [JsonPropertyName("test")]
    public required DataSliceSummary Test { get; init; }

    /// <summary>Used rows whose unknown employment length the pipeline imputed, train and test together.</summary>
    [JsonPropertyName("employment_imputed")]
    public required int EmploymentImputed { get; init; }
}
