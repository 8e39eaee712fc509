namespace CreditSmart.Api.Scoring;

/// <summary>Where the API finds its model. Relative paths are resolved from the API's binaries.</summary>
public sealed class ModelOptions
{
    public const string SectionName = "Model";

    /// <summary>The model artifact (<c>Model:Path</c>).</summary>
    public string Path { get; set; } = "models/credit_risk_model.zip";

    /// <summary>Its metadata (<c>Model:MetadataPath</c>); defaults to <c>metadata.json</c> beside the artifact.</summary>
    public string? MetadataPath { get; set; }

    public string ResolvedPath => Resolve(Path);

    public string ResolvedMetadataPath => MetadataPath is { Length: > 0 } metadataPath
        ? Resolve(metadataPath)
        : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(ResolvedPath) ?? "", "metadata.json");

    private static string Resolve(string path) => System.IO.Path.GetFullPath(path, AppContext.BaseDirectory);
}
