using CreditSmart.Scoring.Data;
using CreditSmart.Scoring.Features;
using CreditSmart.Scoring.Model;

namespace CreditSmart.Trainer;

/// <summary>
/// A run of consecutive file rows, and the training rows made from them: every record except
/// those missing a field other than employment length.
/// </summary>
internal sealed class DataSlice
{
    public DataSlice(IReadOnlyList<LendingClubRecord> records)
    {
        Records = records;
        Rows = [.. records.Select(LendingClubDataset.ToModelInput).OfType<ModelInput>()];
    }

    public IReadOnlyList<LendingClubRecord> Records { get; }

    public IReadOnlyList<ModelInput> Rows { get; }

    public IReadOnlyList<bool> Labels => [.. Rows.Select(row => row.Defaulted)];

    public DataSliceSummary Used => DataSliceSummary.Of(Rows.Count, Rows.Count(row => row.Defaulted));

    public DataSliceSummary Dropped
    {
        get
        {
            var dropped = Records.Where(record => !record.IsCompleteApartFromEmployment).ToArray();
            return DataSliceSummary.Of(dropped.Length, dropped.Count(record => record.Defaulted));
        }
    }

    public int EmploymentImputed => Rows.Count(row => float.IsNaN(row.EmploymentYears));

    /// <summary>The first percentage of the records (rounded down), and the rest, keeping file order.</summary>
    public (DataSlice Head, DataSlice Tail) Split(int headPercent)
    {
        var headCount = Records.Count * headPercent / 100;
        return (new DataSlice([.. Records.Take(headCount)]), new DataSlice([.. Records.Skip(headCount)]));
    }
}
