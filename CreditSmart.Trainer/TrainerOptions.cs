using System.Diagnostics.CodeAnalysis;
using CreditSmart.Scoring.Data;

namespace CreditSmart.Trainer;

/// <summary>
/// Where the trainer reads and writes. Both default to the repository found above the current
/// directory, so <c>dotnet run --project CreditSmart.Trainer</c> from the clone needs no arguments.
/// </summary>
internal sealed record TrainerOptions(string DataPath, string OutputRoot, string ModelVersion, bool ShuffleLabels = false)
{
    public const string Usage =
        """
        Usage: dotnet run --project CreditSmart.Trainer -c Release -- [--data <csv>] [--output <folder>] [--model-version <name>] [--shuffle-labels]

          --data           the Lending Club CSV (default: data/lending_club_sample.csv in the repository)
          --output         the folder to write models/ and docs/ under (default: the repository)
          --model-version  the version the metadata names (default: ml_v1.0.0, the bundled model)
          --shuffle-labels train on shuffled outcomes: a deliberately useless model, to rehearse
                           catching and rolling back a bad release (never ship one)
        """;

    /// <summary>The bundled model's version; a model meant for the store needs a new one.</summary>
    public const string DefaultModelVersion = "ml_v1.0.0";

    public string ModelPath => Path.Combine(OutputRoot, "models", "credit_risk_model.zip");

    public string MetadataPath => Path.Combine(OutputRoot, "models", "metadata.json");

    public string ReportPath => Path.Combine(OutputRoot, "docs", "model-report.md");

    /// <summary>
    /// Reads the arguments. When there is nothing to train (help was asked for, or an argument
    /// is not understood) prints the usage and gives the exit code to end with.
    /// </summary>
    public static bool TryParse(
        IReadOnlyList<string> args,
        [NotNullWhen(true)] out TrainerOptions? options,
        out int exitCode)
    {
        options = Parse(args, out var error);
        exitCode = error is null ? 0 : 2;
        if (options is not null)
        {
            return true;
        }

        var output = error is null ? Console.Out : Console.Error;
        if (error is not null)
        {
            output.WriteLine(error);
        }

        output.WriteLine(Usage);
        return false;
    }

    private static TrainerOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? data = null;
        string? output = null;
        var modelVersion = DefaultModelVersion;
        var shuffleLabels = false;
        error = null;

        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--data" when value is not null:
                    data = value;
                    i++;
                    break;
                case "--output" when value is not null:
                    output = value;
                    i++;
                    break;
                case "--model-version" when value is not null:
                    modelVersion = value;
                    i++;
                    break;
                case "--shuffle-labels":
                    shuffleLabels = true;
                    break;
                case "--data" or "--output" or "--model-version":
                    error = $"{args[i]} needs a value.";
                    return null;
                case "--help" or "-h":
                    return null;
                default:
                    error = $"Unexpected argument '{args[i]}'.";
                    return null;
            }
        }

        // A useless model must never overwrite the repository's own.
        if (shuffleLabels && output is null)
        {
            error = "--shuffle-labels needs --output, so the bundled model is never replaced.";
            return null;
        }

        // The repository is only looked for when a default is needed, so explicit paths work anywhere.
        var root = data is null || output is null ? RepositoryRoot.Find(Directory.GetCurrentDirectory()) : null;
        return new TrainerOptions(
            Path.GetFullPath(data ?? Path.Combine(root!, "data", LendingClubDataset.FileName)),
            Path.GetFullPath(output ?? root!),
            modelVersion,
            shuffleLabels);
    }
}
