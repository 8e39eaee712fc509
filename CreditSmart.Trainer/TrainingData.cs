using System.Security.Cryptography;
using CreditSmart.Scoring.Data;
using CreditSmart.Scoring.Model;

namespace CreditSmart.Trainer;

/// <summary>
/// The data file cut into fixed slices by position. The file is already shuffled, so taking
/// rows in file order gives a random split that never changes between runs.
/// </summary>
internal sealed class TrainingData
{
    /// <summary>The leading percentage of the file used for training; the rest is held out.</summary>
    public const int TrainPercent = 80;

    /// <summary>The leading percentage of the training rows candidates are fitted on for selection.</summary>
    public const int SelectionFitPercent = 80;

    // Fixed, so a shuffled-label model is the same poor model on every run.
    private const int ShuffleSeed = 20_260_101;

    private TrainingData(string path, DataSlice all)
    {
        FileName = Path.GetFileName(path);
        using (var stream = File.OpenRead(path))
        {
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        All = all;
        (Train, Test) = all.Split(TrainPercent);
        (SelectionFit, Validation) = Train.Split(SelectionFitPercent);
    }

    public string FileName { get; }

    public string Sha256 { get; }

    public DataSlice All { get; }

    /// <summary>The first 80 % of the file: what the shipped model is fitted on.</summary>
    public DataSlice Train { get; }

    /// <summary>The last 20 % of the file, never seen in fitting or selection.</summary>
    public DataSlice Test { get; }

    /// <summary>The first 80 % of <see cref="Train"/>, fitted on to compare candidates.</summary>
    public DataSlice SelectionFit { get; }

    /// <summary>The last 20 % of <see cref="Train"/>, where candidates are compared.</summary>
    public DataSlice Validation { get; }

    public static string SplitDescription =>
        $"first {TrainPercent} % of rows in file order train, the rest test; candidates " +
        $"fitted on the first {SelectionFitPercent} % of the training rows and compared " +
        "on the rest, the winner refit on all training rows";

    public static TrainingData Load(string path) => new(path, new DataSlice(LendingClubDataset.Read(path)));

    /// <summary>
    /// The same split with the training rows' outcomes shuffled among them, so nothing in the
    /// features can predict them; the held-out rows keep their real outcomes, so the metrics say
    /// honestly how poor the model is. It exists to rehearse a bad release, never to ship.
    /// </summary>
    public static TrainingData LoadWithShuffledLabels(string path)
    {
        var records = LendingClubDataset.Read(path);
        var trainCount = records.Count * TrainPercent / 100;

        var labels = records.Take(trainCount).Select(record => record.Defaulted).ToArray();
        new Random(ShuffleSeed).Shuffle(labels);

        IReadOnlyList<LendingClubRecord> shuffled =
        [
            .. records.Take(trainCount).Select((record, i) => record with { Defaulted = labels[i] }),
            .. records.Skip(trainCount),
        ];
        return new(path, new DataSlice(shuffled));
    }

    public TrainingDataSummary Summarize() => new()
    {
        FileName = FileName,
        Sha256 = Sha256,
        Split = SplitDescription,
        Total = DataSliceSummary.Of(All.Records.Count, All.Records.Count(record => record.Defaulted)),
        Used = All.Used,
        Dropped = All.Dropped,
        Train = Train.Used,
        Validation = Validation.Used,
        Test = Test.Used,
        EmploymentImputed = All.EmploymentImputed,
    };
}
