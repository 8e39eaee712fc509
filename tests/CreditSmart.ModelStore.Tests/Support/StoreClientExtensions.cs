using System.Net.Http.Json;
using System.Text.Json;

namespace CreditSmart.ModelStore.Tests.Support;

/// <summary>The store's API as the tests call it.</summary>
public static class StoreClientExtensions
{
    public const string ModelsPath = "/api/v1/models";

    public static async Task<HttpResponseMessage> RegisterAsync(this HttpClient client, byte[] artifact, byte[] metadata)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(artifact), "artifact", "credit_risk_model.zip" },
            { new ByteArrayContent(metadata), "metadata", "metadata.json" },
        };
        return await client.PostAsync(ModelsPath, form);
    }

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, (byte[] Artifact, byte[] Metadata) model) =>
        client.RegisterAsync(model.Artifact, model.Metadata);

    public static Task<HttpResponseMessage> PromoteAsync(this HttpClient client, string modelVersion) =>
        client.PostAsync($"{ModelsPath}/{modelVersion}/promote", content: null);

    public static Task<HttpResponseMessage> RollBackAsync(this HttpClient client) =>
        client.PostAsync($"{ModelsPath}/rollback", content: null);

    public static async Task<JsonElement> ListAsync(this HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>(ModelsPath);

    /// <summary>The list as one comparable string: active, previous and each version with its checksum.</summary>
    public static async Task<string> SnapshotAsync(this HttpClient client)
    {
        var list = await client.ListAsync();
        var versions = list.GetProperty("versions").EnumerateArray()
            .Select(version => $"{version.GetProperty("model_version")}:{version.GetProperty("artifact_sha256")}")
            .Order(StringComparer.Ordinal);
        return $"active={list.GetProperty("active_version")} previous={list.GetProperty("previous_version")} "
            + string.Join(",", versions);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
