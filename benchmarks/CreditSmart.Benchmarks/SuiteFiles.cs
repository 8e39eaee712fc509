namespace CreditSmart.Benchmarks;

/// <summary>The files the suite reads, copied beside its binaries by the project file.</summary>
public static class SuiteFiles
{
    public static string ModelArtifact => Beside("models", "credit_risk_model.zip");

    public static string ModelMetadata => Beside("models", "metadata.json");

    public static string Dataset => Beside("data", "lending_club_sample.csv");

    public static string SampleApplication => Beside("sample-application.json");

    public static string WrkScript => Beside("wrk", "load.lua");

    private static string Beside(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, .. parts]);
}
