using CreditSmart.Scoring.Data;

namespace CreditSmart.Scoring.Tests.Support;

/// <summary>
/// Committed files the tests read in place: the repository is found by walking up from the
/// test binaries to the folder that holds the solution, so no path is tied to a machine.
/// </summary>
internal static class RepositoryFiles
{
    private const string SolutionFileName = "CreditSmart.sln";

    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string DataSet => Path.Combine(s_root.Value, "data", LendingClubDataset.FileName);

    public static string Model => Path.Combine(s_root.Value, "models", "credit_risk_model.zip");

    public static string Metadata => Path.Combine(s_root.Value, "models", "metadata.json");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        for (; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds {SolutionFileName}.");
    }
}
