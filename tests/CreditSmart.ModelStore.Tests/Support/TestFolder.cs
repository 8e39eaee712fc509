namespace CreditSmart.ModelStore.Tests.Support;

/// <summary>A temporary folder that is deleted with the test that made it.</summary>
public sealed class TestFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(
        System.IO.Path.GetTempPath(), $"creditsmart-store-tests-{Guid.NewGuid():N}");

    public TestFolder()
    {
        Directory.CreateDirectory(Path);
    }

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A server still shutting down may hold a file for a moment; the OS cleans temp.
        }
    }
}
