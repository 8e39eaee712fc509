using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using CreditSmart.CommandLine;
using CreditSmart.Scoring.Data;

namespace CreditSmart.Trainer;

/// <summary>
/// Where the trainer reads and writes. Both default to the repository found above the current
/// directory, so <c>dotnet run --project CreditSmart.Trainer</c> from the clone needs no arguments.
/// </summary>
internal sealed record TrainerOptions(string DataPath, string OutputRoot, string ModelVersion, bool ShuffleLabels = false)
{
    /// <summary>The bundled model's version; a model meant for the store needs a new one.</summary>
    public const string DefaultModelVersion = "ml_v1.0.0";

    public string ModelPath => Path.Combine(OutputRoot, "models", "credit_risk_model.zip");

    public string MetadataPath => Path.Combine(OutputRoot, "models", "metadata.json");

    public string ReportPath => Path.Combine(OutputRoot, "docs", "model-report.md");

    private static readonly Option<string> Data = new("--data")
    {
        Description = "The Lending Club CSV [default: data/lending_club_sample.csv in the repository].",
        HelpName = "csv",
    };

    private static readonly Option<string> Output = new("--output")
    {
        Description = "The folder to write models/ and docs/ under [default: the repository].",
        HelpName = "folder",
    };

    private static readonly Option<string> ModelVersionOption = new("--model-version")
    {
        Description = "The version the metadata names (the default is the bundled model's).",
        HelpName = "name",
        DefaultValueFactory = _ => DefaultModelVersion,
    };

    private static readonly Option<bool> ShuffleLabelsOption = new("--shuffle-labels")
    {
        Description = "Train on shuffled outcomes: a deliberately useless model, to rehearse catching and rolling "
            + "back a bad release (never ship one). Needs --output.",
    };

    private static readonly RootCommand Command =
        new("Trains CreditSmart's model on the Lending Club data and writes the model, its metadata and its report.")
        {
            Data, Output, ModelVersionOption, ShuffleLabelsOption,
        };

    /// <summary>
    /// Reads the arguments. When there is nothing to train (help was asked for, or an argument
    /// is wrong) writes the help or why, and gives the exit code to end with.
    /// </summary>
    public static bool TryParse(
        IReadOnlyList<string> args,
        [NotNullWhen(true)] out TrainerOptions? options,
        out int exitCode)
    {
        var result = Command.Parse(args);
        options = Read(result, out var error);
        return CommandLineOutcome.Decide(result, options, error, out exitCode);
    }

    private static TrainerOptions? Read(ParseResult result, out string? error)
    {
        error = CommandLineOutcome.Errors(result);
        if (error is not null || result.Action is not null)
        {
            return null;
        }

        var data = result.GetValue(Data);
        var output = result.GetValue(Output);
        var shuffleLabels = result.GetValue(ShuffleLabelsOption);

        // A useless model must never overwrite the repository's own.
        if (shuffleLabels && output is null)
        {
            error = "--shuffle-labels needs --output, so the bundled model is never replaced.";
            return null;
        }

        // The repository is only looked for when a default is needed, so explicit paths work anywhere.
        string? root = null;
        if (data is null || output is null)
        {
            root = RepositoryRoot.Find(Directory.GetCurrentDirectory());
            if (root is null)
            {
                error = $"No folder above {Directory.GetCurrentDirectory()} holds {RepositoryRoot.SolutionFileName}; "
                    + "pass --data and --output.";
                return null;
            }
        }

        var dataPath = Path.GetFullPath(data ?? Path.Combine(root!, "data", LendingClubDataset.FileName));
        if (!File.Exists(dataPath))
        {
            error = $"--data: no file at {dataPath}.";
            return null;
        }

        return new TrainerOptions(
            dataPath, Path.GetFullPath(output ?? root!), result.GetRequiredValue(ModelVersionOption), shuffleLabels);
    }
}
