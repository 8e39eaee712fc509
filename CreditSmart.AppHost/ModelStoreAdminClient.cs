using System.Net.Http.Json;
using System.Text.Json;

namespace CreditSmart.AppHost;

/// <summary>
/// The store's HTTP API as the dashboard commands use it: the resource's own endpoint and the
/// admin key parameter. Failures come back as sentences, never as the key.
/// </summary>
internal sealed class ModelStoreAdminClient(HttpClient http) : IDisposable
{
    public const string AdminKeyHeader = "X-Admin-Key";

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    public static async Task<ModelStoreAdminClient> CreateAsync(
        IResourceBuilder<ProjectResource> store, IResourceBuilder<ParameterResource> adminKey, CancellationToken cancellationToken)
    {
        var endpoint = store.GetEndpoint("http");
        var http = new HttpClient { BaseAddress = new Uri(endpoint.Url + "/"), Timeout = s_timeout };
        http.DefaultRequestHeaders.Add(AdminKeyHeader, await adminKey.Resource.GetValueAsync(cancellationToken));
        return new ModelStoreAdminClient(http);
    }

    /// <summary>The newest registered version and whether it is already active.</summary>
    public async Task<(string? Newest, bool IsActive)> GetNewestAsync(CancellationToken cancellationToken)
    {
        var list = await http.GetFromJsonAsync<JsonElement>("api/v1/models", cancellationToken);
        var versions = list.GetProperty("versions").EnumerateArray().ToList();
        if (versions.Count == 0)
        {
            return (null, false);
        }

        // The store lists versions oldest first.
        var newest = versions[^1];
        return (newest.GetProperty("model_version").GetString(), newest.GetProperty("is_active").GetBoolean());
    }

    /// <summary>POSTs a change; null on success, else the store's explanation.</summary>
    public async Task<string?> PostAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(path, content: null, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var problem = JsonDocument.Parse(body);
            if (problem.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { } text)
            {
                return text;
            }
        }
        catch (JsonException)
        {
            // Not problem+json: fall through to the status code.
        }

        return $"The model store answered {(int)response.StatusCode}.";
    }

    public void Dispose() => http.Dispose();
}
