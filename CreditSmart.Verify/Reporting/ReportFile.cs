namespace CreditSmart.Verify.Reporting;

/// <summary>Writes the JSON report for the command, saying so on the error stream if it cannot.</summary>
public static class ReportFile
{
    public static bool TryWrite(string path, VerificationReport report)
    {
        try
        {
            JsonReport.Write(path, report);
            Console.WriteLine($"report: {Path.GetFullPath(path)}");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            Console.Error.WriteLine($"The report could not be written to {path}: {exception.Message}");
            return false;
        }
    }
}
