using CreditSmart.ModelStore.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CreditSmart.ModelStore.Apis;

/// <summary>
/// <c>/api/v1/models</c>: reading needs no key; register, promote and roll back need the admin key.
/// </summary>
public static class ModelsApi
{
    public const string BasePath = "/api/v1/models";

    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).WithTags("Models");

        api.MapGet("/", ListVersions)
            .WithName("ListModelVersions")
            .WithSummary("Every registered version with its metadata, and which one is active");

        api.MapGet("/active", GetActive)
            .WithName("GetActiveModel")
            .WithSummary("The active version; send If-None-Match with the last ETag to get 304 while it is unchanged")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{version}", GetVersion)
            .WithName("GetModelVersion")
            .WithSummary("One version with its metadata")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{version}/artifact", DownloadArtifact)
            .WithName("DownloadModelArtifact")
            .WithSummary("The version's artifact (zip); its ETag is the SHA-256, so If-None-Match answers 304")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/{version}/metadata", DownloadMetadata)
            .WithName("DownloadModelMetadata")
            .WithSummary("The version's metadata.json, byte for byte as registered")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var changes = api.MapGroup("").AddEndpointFilter<AdminKeyFilter>();

        changes.MapPost("/", RegisterAsync)
            .WithName("RegisterModelVersion")
            .WithSummary("Register a version: multipart form with the files 'artifact' (zip) and 'metadata' (metadata.json)")
            .WithDescription("The artifact must match the metadata's SHA-256, load with ML.NET, take the v1 schema and "
                + "score the golden applications to finite probabilities; otherwise 422 and the store is unchanged.")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        changes.MapPost("/{version}/promote", PromoteAsync)
            .WithName("PromoteModelVersion")
            .WithSummary("Make a version active; the one it replaces becomes the rollback target")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        changes.MapPost("/rollback", RollBackAsync)
            .WithName("RollBackModel")
            .WithSummary("Make the previously active version active again")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    /// <summary>The active version's ETag: it changes whenever the version or its bytes do.</summary>
    public static string ActiveETag(StoredVersion version) => $"\"{version.ModelVersion}+{version.ArtifactSha256}\"";

    private static Ok<ModelListResponse> ListVersions(ModelRepository repository)
    {
        var state = repository.State;
        return TypedResults.Ok(new ModelListResponse(
            state.Pointer.Active,
            state.Pointer.Previous,
            [.. state.InRegistrationOrder.Select(version => ModelVersionResponse.From(version, state))]));
    }

    private static Results<Ok<ModelVersionResponse>, StatusCodeHttpResult, ProblemHttpResult> GetActive(
        HttpContext context, ModelRepository repository)
    {
        var state = repository.State;
        if (state.Active is not { } active)
        {
            return StoreProblems.NotFound("No model version is active yet.");
        }

        var etag = ActiveETag(active);
        context.Response.Headers.ETag = etag;
        if (Matches(context.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(ModelVersionResponse.From(active, state));
    }

    private static Results<Ok<ModelVersionResponse>, ProblemHttpResult> GetVersion(string version, ModelRepository repository)
    {
        var state = repository.State;
        return state.Versions.TryGetValue(version, out var stored)
            ? TypedResults.Ok(ModelVersionResponse.From(stored, state))
            : NoSuchVersion(version);
    }

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> DownloadArtifact(string version, ModelRepository repository)
    {
        if (!repository.State.Versions.TryGetValue(version, out var stored))
        {
            return NoSuchVersion(version);
        }

        // The file result answers If-None-Match with 304 itself.
        return TypedResults.PhysicalFile(
            repository.Layout.ArtifactPath(version),
            "application/zip",
            fileDownloadName: StoreLayout.ArtifactFileName,
            entityTag: new EntityTagHeaderValue($"\"{stored.ArtifactSha256}\""));
    }

    private static Results<PhysicalFileHttpResult, ProblemHttpResult> DownloadMetadata(string version, ModelRepository repository) =>
        repository.State.Versions.ContainsKey(version)
            ? TypedResults.PhysicalFile(repository.Layout.MetadataPath(version), "application/json")
            : NoSuchVersion(version);

    private static async Task<Results<Created<ModelVersionResponse>, ProblemHttpResult>> RegisterAsync(
        HttpContext context,
        ModelRepository repository,
        IOptionsMonitor<ModelStoreOptions> options,
        ILogger<ModelRepository> logger,
        CancellationToken cancellationToken)
    {
        var maxArtifactBytes = options.CurrentValue.MaxArtifactBytes;
        var (form, refusal) = await ReadUploadAsync(context, maxArtifactBytes, logger, cancellationToken);
        if (form is null)
        {
            return refusal!;
        }

        if (form.Files["artifact"] is not { } artifact || form.Files["metadata"] is not { } metadata)
        {
            ModelStoreLog.VersionRefused(logger, "the form did not carry the files 'artifact' and 'metadata'");
            return StoreProblems.BadRequest("The form must carry two files: 'artifact' (the model zip) and 'metadata' (its metadata.json).");
        }

        await using var artifactStream = artifact.OpenReadStream();
        await using var metadataStream = metadata.OpenReadStream();
        var result = await repository.RegisterAsync(artifactStream, metadataStream, cancellationToken);

        switch (result)
        {
            case { Outcome: StoreChangeOutcome.Done, Version: { } version }:
                ModelStoreLog.VersionRegistered(logger, version.ModelVersion, version.ArtifactSha256);
                return TypedResults.Created(
                    $"{BasePath}/{version.ModelVersion}", ModelVersionResponse.From(version, repository.State));
            case { Outcome: StoreChangeOutcome.AlreadyExists }:
                ModelStoreLog.VersionRefused(logger, result.Reason!);
                return StoreProblems.VersionExists(result.Reason!);
            default:
                ModelStoreLog.VersionRefused(logger, result.Reason!);
                return StoreProblems.ModelRejected(result.Reason!);
        }
    }

    // Reads the multipart form, or says why not: a refusal the uploader can act on, never a 500.
    private static async Task<(IFormCollection? Form, ProblemHttpResult? Refusal)> ReadUploadAsync(
        HttpContext context, long maxArtifactBytes, ILogger logger, CancellationToken cancellationToken)
    {
        // Room for the artifact, the metadata and the form's framing; Kestrel's default is 30 MB.
        var uploadLimit = maxArtifactBytes + (2 * 1024 * 1024);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = uploadLimit;
        }

        if (!context.Request.HasFormContentType)
        {
            return (null, StoreProblems.BadRequest(
                "Send a multipart/form-data body with the files 'artifact' and 'metadata'."));
        }

        try
        {
            // A part may be as large as the whole upload, so Kestrel's limit above is the one that applies.
            var form = new FormOptions { MultipartBodyLengthLimit = uploadLimit };
            return (await context.Request.ReadFormAsync(form, cancellationToken), null);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var reason = $"the upload is larger than the {uploadLimit} bytes the store reads "
                + "(ModelStore:MaxArtifactBytes and 2 MB for the form)";
            ModelStoreLog.VersionRefused(logger, reason);
            return (null, StoreProblems.PayloadTooLarge(
                $"The model was not registered because {reason}. The store is unchanged."));
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel's own word on the upload (too slow, cut short) keeps its status.
            return (null, TypedResults.Problem(statusCode: error.StatusCode));
        }
        // A form with no closing boundary ends the stream early (IOException); a malformed part is
        // InvalidDataException. Their own texts describe the parser, not what the uploader should fix.
        catch (Exception error) when (error is InvalidDataException or IOException)
        {
            ModelStoreLog.VersionRefused(logger, "the multipart/form-data body could not be read");
            return (null, StoreProblems.BadRequest(
                "The multipart/form-data body could not be read; send the files 'artifact' and 'metadata'."));
        }
    }

    private static async Task<Results<Ok<ModelVersionResponse>, ProblemHttpResult>> PromoteAsync(
        string version, ModelRepository repository, ILogger<ModelRepository> logger, CancellationToken cancellationToken)
    {
        var previous = repository.State.Pointer.Active;
        var result = await repository.PromoteAsync(version, cancellationToken);
        if (result.Version is not { } promoted)
        {
            return NoSuchVersion(version);
        }

        if (result.Outcome == StoreChangeOutcome.Done)
        {
            ModelStoreLog.VersionPromoted(logger, promoted.ModelVersion, previous);
        }

        return TypedResults.Ok(ModelVersionResponse.From(promoted, repository.State));
    }

    private static async Task<Results<Ok<ModelVersionResponse>, ProblemHttpResult>> RollBackAsync(
        ModelRepository repository, ILogger<ModelRepository> logger, CancellationToken cancellationToken)
    {
        var from = repository.State.Pointer.Active;
        var result = await repository.RollBackAsync(cancellationToken);
        if (result.Version is not { } restored)
        {
            return StoreProblems.NoPreviousVersion();
        }

        ModelStoreLog.VersionRolledBack(logger, from, restored.ModelVersion);
        return TypedResults.Ok(ModelVersionResponse.From(restored, repository.State));
    }

    private static ProblemHttpResult NoSuchVersion(string version) =>
        ModelVersionName.IsValid(version)
            ? StoreProblems.NotFound($"There is no model version by that name; GET {BasePath} lists them.")
            : StoreProblems.NotFound($"There is no such model version; GET {BasePath} lists them.");

    private static bool Matches(HttpRequest request, string etag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var offered)
        && offered.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(etag, StringComparison.Ordinal));
}
