using CreditSmart.Scoring.Data;

namespace CreditSmart.Verify.Data;

/// <summary>
/// The complete loans the shipped model never trained on: the last 20 % of the data file, the
/// trainer's fixed hold-out. Measuring quality on training rows would flatter any model.
/// </summary>
public sealed class SampleLoans
{
    // The trainer trains on the first 80 % of rows in file order (TrainingData.TrainPercent).
    private const int TrainPercent = 80;

    private SampleLoans(IReadOnlyList<LabelledLoan> heldOut) => HeldOut = heldOut;

    /// <summary>Every complete held-out loan, in file order.</summary>
    public IReadOnlyList<LabelledLoan> HeldOut { get; }

    public static SampleLoans Load(string path)
    {
        var records = LendingClubDataset.Read(path);
        var firstHeldOut = records.Count * TrainPercent / 100;

        return new SampleLoans(
        [
            .. records
                .Skip(firstHeldOut)
                .Select(record => (record, application: LendingClubDataset.ToApplication(record)))
                .Where(row => row.application is not null)
                .Select(row => new LabelledLoan(row.record.RowNumber, ApplicationJson.From(row.application!), row.record.Defaulted)),
        ]);
    }

    /// <summary>The first <paramref name="count"/> held-out loans, repeating from the start if there are fewer.</summary>
    public IReadOnlyList<LabelledLoan> First(int count) =>
        [.. Enumerable.Range(0, count).Select(i => HeldOut[i % HeldOut.Count])];

    /// <summary>
    /// <paramref name="count"/> held-out loans spread evenly over the whole hold-out, so the sample
    /// does not rest on one stretch of the file.
    /// </summary>
    public IReadOnlyList<LabelledLoan> Spread(int count) =>
        [.. Enumerable.Range(0, Math.Min(count, HeldOut.Count)).Select(i => HeldOut[(int)((long)i * HeldOut.Count / Math.Min(count, HeldOut.Count))])];
}
