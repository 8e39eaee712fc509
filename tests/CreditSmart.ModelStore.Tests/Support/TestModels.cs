using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.ML;

namespace CreditSmart.ModelStore.Tests.Support;

/// <summary>
/// Artifacts to upload: the bundled model, the same model under another version, and broken ones.
/// Each broken artifact comes with metadata whose checksum matches it, so the store must find the
/// fault in the artifact itself; only <see cref="ChecksumMismatch"/> lies about its checksum.
/// </summary>
public static class TestModels
{
    public const string TruncatedZip = "truncated-zip";
    public const string RandomBytes = "random-bytes";
    public const string TextFile = "text-file";
    public const string WrongSchema = "wrong-schema";
    public const string ChecksumMismatch = "checksum-mismatch";

    private static readonly Lazy<byte[]> s_wrongSchema = new(TrainWrongSchemaModel);

    public static byte[] BundledArtifact { get; } = File.ReadAllBytes(SeedFile("credit_risk_model.zip"));

    public static byte[] BundledMetadata { get; } = File.ReadAllBytes(SeedFile("metadata.json"));

    public static string BundledVersion { get; } =
        JsonNode.Parse(BundledMetadata)!["model_version"]!.GetValue<string>();

    public static TheoryData<string> BadArtifacts => new()
    {
        TruncatedZip, RandomBytes, TextFile, WrongSchema, ChecksumMismatch,
    };

    /// <summary>The bundled model registered as another version: valid, and easy to tell apart.</summary>
    public static (byte[] Artifact, byte[] Metadata) SecondVersion(string modelVersion) =>
        (BundledArtifact, MetadataFor(BundledArtifact, modelVersion));

    public static (byte[] Artifact, byte[] Metadata) Bad(string kind, string modelVersion = "ml_v9.9.9-bad")
    {
        var artifact = kind switch
        {
            TruncatedZip => BundledArtifact[..(BundledArtifact.Length / 2)],
            RandomBytes => RandomData(),
            TextFile => "This is a text file, not a trained model.\n"u8.ToArray(),
            WrongSchema => s_wrongSchema.Value,
            ChecksumMismatch => BundledArtifact,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such bad artifact"),
        };

        var metadata = kind == ChecksumMismatch
            ? MetadataFor(RandomData(), modelVersion)
            : MetadataFor(artifact, modelVersion);

        return (artifact, metadata);
    }

    public static byte[] MetadataFor(byte[] artifact, string modelVersion)
    {
        var metadata = JsonNode.Parse(BundledMetadata)!;
        metadata["model_version"] = modelVersion;
        metadata["artifact_sha256"] = Convert.ToHexStringLower(SHA256.HashData(artifact));
        return System.Text.Encoding.UTF8.GetBytes(metadata.ToJsonString());
    }

    private static byte[] RandomData()
    {
        var bytes = new byte[16 * 1024];
        new Random(20261203).NextBytes(bytes);
        return bytes;
    }

    private static string SeedFile(string name) => Path.Combine(AppContext.BaseDirectory, "seed", name);

    // A real ML.NET model, but one that reads a single column 'X': it loads, and fails the v1 schema.
    private static byte[] TrainWrongSchemaModel()
    {
        var ml = new MLContext(seed: 1);
        var rows = Enumerable.Range(0, 40).Select(index => new TinyRow { X = index, Label = index % 3 == 0 });
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Concatenate("Features", nameof(TinyRow.X))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression());
        var model = pipeline.Fit(data);

        using var stream = new MemoryStream();
        ml.Model.Save(model, data.Schema, stream);
        return stream.ToArray();
    }
}
