namespace CreditSmart.Trainer;

/// <summary>Finds the repository by walking up to the folder that holds the solution file.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFileName = "CreditSmart.sln";

    /// <summary>The repository's folder, or null when no folder above holds the solution file.</summary>
    public static string? Find(string startDirectory)
    {
        var directory = new DirectoryInfo(startDirectory);
        for (; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
