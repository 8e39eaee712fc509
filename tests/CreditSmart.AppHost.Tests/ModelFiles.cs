using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CreditSmart.AppHost.Tests;

/// <summary>The repository's model, and the same model under another version to register.</summary>
public static class ModelFiles
{
    public static byte[] Artifact { get; } = File.ReadAllBytes(RepositoryFile("models", "credit_risk_model.zip"));

    public static MultipartFormDataContent Registration(string modelVersion)
    {
        var metadata = JsonNode.Parse(File.ReadAllBytes(RepositoryFile("models", "metadata.json")))!;
        metadata["model_version"] = modelVersion;
        metadata["artifact_sha256"] = Convert.ToHexStringLower(SHA256.HashData(Artifact));

        return new MultipartFormDataContent
        {
            { new ByteArrayContent(Artifact), "artifact", "credit_risk_model.zip" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(metadata.ToJsonString())), "metadata", "metadata.json" },
        };
    }

    /// <summary>A file of the repository: the tests run from their bin folder, below the solution's.</summary>
    public static string RepositoryFile(params string[] parts)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CreditSmart.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine([folder?.FullName ?? throw new DirectoryNotFoundException("CreditSmart.sln not found"), .. parts]);
    }
}
