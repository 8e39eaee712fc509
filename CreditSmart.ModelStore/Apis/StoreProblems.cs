using Microsoft.AspNetCore.Http.HttpResults;

namespace CreditSmart.ModelStore.Apis;

/// <summary>
/// The store's error responses: problem+json with a stable <c>type</c>, as the scoring API's.
/// Details name what to fix; they never echo a key.
/// </summary>
public static class StoreProblems
{
    private const string Prefix = "urn:creditsmart:problem:";

    public const string NotFoundType = Prefix + "not-found";
    public const string BadRequestType = Prefix + "bad-request";
    public const string ModelRejectedType = Prefix + "model-rejected";
    public const string VersionExistsType = Prefix + "version-exists";
    public const string NoPreviousVersionType = Prefix + "no-previous-version";
    public const string AdminKeyRequiredType = Prefix + "admin-key-required";
    public const string ChangesDisabledType = Prefix + "changes-disabled";
    public const string MethodNotAllowedType = Prefix + "method-not-allowed";
    public const string PayloadTooLargeType = Prefix + "payload-too-large";
    public const string UnsupportedMediaTypeType = Prefix + "unsupported-media-type";
    public const string InternalErrorType = Prefix + "internal-error";

    public static ProblemHttpResult NotFound(string detail) =>
        Problem(StatusCodes.Status404NotFound, "Not found", detail, NotFoundType);

    public static ProblemHttpResult BadRequest(string detail) =>
        Problem(StatusCodes.Status400BadRequest, "Bad request", detail, BadRequestType);

    public static ProblemHttpResult ModelRejected(string reason) =>
        Problem(StatusCodes.Status422UnprocessableEntity, "Model rejected",
            $"The model was not registered because {reason}. The store is unchanged.", ModelRejectedType);

    public static ProblemHttpResult PayloadTooLarge(string detail) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large", detail, PayloadTooLargeType);

    public static ProblemHttpResult VersionExists(string reason) =>
        Problem(StatusCodes.Status409Conflict, "Version already registered",
            $"The model was not registered because {reason}; give the new model its own model_version.", VersionExistsType);

    public static ProblemHttpResult NoPreviousVersion() =>
        Problem(StatusCodes.Status409Conflict, "Nothing to roll back to",
            "No version was active before the current one, so there is nothing to roll back to.", NoPreviousVersionType);

    public static ProblemHttpResult AdminKeyRequired() =>
        Problem(StatusCodes.Status401Unauthorized, "Admin key required",
            "Changing the store needs the admin key in the X-Admin-Key header.", AdminKeyRequiredType);

    public static ProblemHttpResult ChangesDisabled() =>
        Problem(StatusCodes.Status403Forbidden, "Changes are disabled",
            "Changes to the model store are disabled because no admin key is configured (ModelStore:AdminKey).",
            ChangesDisabledType);

    /// <summary>Our own type when the framework left its generic one (or none) in place.</summary>
    public static string TypeFor(int? status, string? current) =>
        current is not null && current.StartsWith(Prefix, StringComparison.Ordinal)
            ? current
            : status switch
            {
                StatusCodes.Status400BadRequest => BadRequestType,
                StatusCodes.Status404NotFound => NotFoundType,
                StatusCodes.Status405MethodNotAllowed => MethodNotAllowedType,
                StatusCodes.Status413PayloadTooLarge => PayloadTooLargeType,
                StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaTypeType,
                < 500 => BadRequestType,
                _ => InternalErrorType,
            };

    /// <summary>A sentence for the errors the framework answers itself, which come without one.</summary>
    public static string? DetailFor(int? status) => status switch
    {
        StatusCodes.Status404NotFound => "There is no such path or model version.",
        StatusCodes.Status405MethodNotAllowed => "This path does not take that method; the Allow header lists those it takes.",
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than the store accepts (ModelStore:MaxArtifactBytes).",
        StatusCodes.Status415UnsupportedMediaType =>
            "Registering takes multipart/form-data with an 'artifact' file and a 'metadata' file.",
        _ => null,
    };

    private static ProblemHttpResult Problem(int status, string title, string detail, string type) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail, type: type);
}
