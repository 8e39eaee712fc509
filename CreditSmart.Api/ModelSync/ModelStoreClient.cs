using System.Net;

namespace CreditSmart.Api.ModelSync;

/// <summary>The model store's read API, as the API uses it. Resolve one per use: it is a typed client.</summary>
public sealed class ModelStoreClient(HttpClient http)
{
    private const string ActivePath = "api/v1/models/active";

    /// <summary>The active version, or <see cref="ActiveModelPoll.NotModified"/> while it still has <paramref name="etag"/>.</summary>
    /// <exception cref="HttpRequestException">The store could not be reached or answered with an error.</exception>
    public async Task<ActiveModelPoll> GetActiveAsync(string? etag, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ActivePath);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return ActiveModelPoll.NotModified;
        }

        response.EnsureSuccessStatusCode();
        var version = await response.Content.ReadFromJsonAsync<StoreModelVersion>(cancellationToken)
            ?? throw new HttpRequestException("The store answered with an empty active version.");

        return new ActiveModelPoll(version, response.Headers.ETag?.ToString());
    }

    /// <summary>Streams a file the store serves (a path from its version document) to <paramref name="path"/>.</summary>
    public async Task DownloadAsync(string relativeUrl, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(
            relativeUrl.TrimStart('/'), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();

        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await response.Content.CopyToAsync(target, cancellationToken);
    }
}
