using System.Globalization;
using CreditSmart.Scoring.Applications;
using CreditSmart.Scoring.Features;

namespace CreditSmart.Scoring.Data;

/// <summary>
/// Reads the Lending Club training file (<c>data/lending_club_sample.csv</c>) and turns its rows
/// into what the API and the model take. The file is comma-separated with a header, unquoted,
/// numbers in invariant culture; an empty cell is a missing value.
/// </summary>
public static class LendingClubDataset
{
    /// <summary>The file's name in the repository's <c>data</c> folder.</summary>
    public const string FileName = "lending_club_sample.csv";

    /// <summary>The label column: 1 when the loan was charged off, 0 when it was repaid.</summary>
    public const string LabelColumn = "defaulted";

    // Stands in for an unknown employment length only long enough to derive the other
    // features; the derived value is replaced by NaN straight after.
    private const int EmploymentPlaceholder = 0;

    private static readonly string[] s_columns = [.. FieldNames.Scored, LabelColumn];

    /// <summary>Reads every row of the file, in file order.</summary>
    /// <exception cref="InvalidDataException">A column is missing or a cell cannot be read.</exception>
    public static IReadOnlyList<LendingClubRecord> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <summary>Reads every row from a reader positioned at the header, in order.</summary>
    /// <exception cref="InvalidDataException">A column is missing or a cell cannot be read.</exception>
    public static IReadOnlyList<LendingClubRecord> Read(TextReader reader)
    {
        var header = reader.ReadLine()
            ?? throw new InvalidDataException("The file is empty; a header row was expected.");
        var names = header.Split(',').Select(name => name.Trim()).ToArray();
        var positions = LocateColumns(names);

        var records = new List<LendingClubRecord>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split(',');
            if (cells.Length != names.Length)
            {
                throw new InvalidDataException(
                    $"Line {lineNumber} has {cells.Length} cells; the header has {names.Length}.");
            }

            records.Add(new RowCells(cells, positions, lineNumber).ToRecord(records.Count + 1));
        }

        return records;
    }

    /// <summary>
    /// The row as a v1 application, or null when any scored field is empty. The values are as
    /// Lending Club recorded them, so every complete row fits <see cref="CreditApplicationSchema"/>.
    /// </summary>
    public static CreditApplication? ToApplication(LendingClubRecord record) =>
        record.IsComplete
            ? ToApplication(record, record.EmploymentLengthYears!.Value)
            : null;

    /// <summary>
    /// The row as a labelled training row, or null when anything but employment length is
    /// empty. An unknown employment length becomes NaN, which the pipeline imputes.
    /// </summary>
    public static ModelInput? ToModelInput(LendingClubRecord record)
    {
        if (!record.IsCompleteApartFromEmployment)
        {
            return null;
        }

        var employment = record.EmploymentLengthYears ?? EmploymentPlaceholder;
        var input = FeatureDerivation.Derive(ToApplication(record, employment));
        if (record.EmploymentLengthYears is null)
        {
            input.EmploymentYears = float.NaN;
        }

        input.Defaulted = record.Defaulted;
        return input;
    }

    private static CreditApplication ToApplication(LendingClubRecord record, int employmentYears) =>
        new(
            record.AnnualIncome!.Value,
            record.MonthlyDebt!.Value,
            record.CreditScore!.Value,
            record.LoanAmount!.Value,
            record.LoanTermMonths!.Value,
            employmentYears,
            record.HomeOwnership!,
            record.Purpose!,
            record.NumberOfOpenAccounts!.Value,
            record.Delinquencies2y!.Value,
            record.Inquiries6m!.Value);

    private static Dictionary<string, int> LocateColumns(string[] names)
    {
        var positions = s_columns.ToDictionary(
            column => column,
            column => Array.IndexOf(names, column),
            StringComparer.Ordinal);

        var missing = s_columns.Where(column => positions[column] < 0).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException(
                $"The header lacks the column(s) {string.Join(", ", missing)}.");
        }

        return positions;
    }

    // The cells of one line, looked up by column name.
    private readonly struct RowCells(string[] cells, Dictionary<string, int> positions, int lineNumber)
    {
        public LendingClubRecord ToRecord(int rowNumber) => new(
            rowNumber,
            Number(FieldNames.AnnualIncome),
            Number(FieldNames.MonthlyDebt),
            Integer(FieldNames.CreditScore),
            Number(FieldNames.LoanAmount),
            Integer(FieldNames.LoanTermMonths),
            Integer(FieldNames.EmploymentLengthYears),
            Text(FieldNames.HomeOwnership),
            Text(FieldNames.Purpose),
            Integer(FieldNames.NumberOfOpenAccounts),
            Integer(FieldNames.Delinquencies2y),
            Integer(FieldNames.Inquiries6m),
            Label(LabelColumn));

        private string? Text(string column)
        {
            var cell = cells[positions[column]].Trim();
            return cell.Length == 0 ? null : cell;
        }

        private double? Number(string column)
        {
            if (Text(column) is not { } cell)
            {
                return null;
            }

            return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && double.IsFinite(value)
                ? value
                : throw Unreadable(column, cell);
        }

        private int? Integer(string column)
        {
            if (Text(column) is not { } cell)
            {
                return null;
            }

            return int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Unreadable(column, cell);
        }

        private bool Label(string column) => Text(column) switch
        {
            "1" => true,
            "0" => false,
            var cell => throw Unreadable(column, cell ?? "(empty)"),
        };

        private InvalidDataException Unreadable(string column, string cell) =>
            new($"Line {lineNumber}, column {column}: cannot read '{cell}'.");
    }
}
