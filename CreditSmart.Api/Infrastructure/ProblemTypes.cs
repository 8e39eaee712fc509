namespace CreditSmart.Api.Infrastructure;

/// <summary>
/// The <c>type</c> URIs of CreditSmart's problems. They are stable identifiers clients can
/// switch on; the README documents each one.
/// </summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:creditsmart:problem:";

    public const string ValidationFailed = Prefix + "validation-failed";
    public const string MalformedJson = Prefix + "malformed-json";
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";
    public const string PayloadTooLarge = Prefix + "payload-too-large";
    public const string NotFound = Prefix + "not-found";
    public const string MethodNotAllowed = Prefix + "method-not-allowed";
    public const string BadRequest = Prefix + "bad-request";
    public const string Unauthorized = Prefix + "unauthorized";
    public const string TooManyRequests = Prefix + "too-many-requests";
    public const string Timeout = Prefix + "timeout";
    public const string BodyTimedOut = Prefix + "body-timed-out";
    public const string InternalError = Prefix + "internal-error";

    /// <summary>Our own type when the framework left its generic one (or none) in place.</summary>
    public static string ForStatus(int? status, string? current) =>
        current is not null && current.StartsWith(Prefix, StringComparison.Ordinal)
            ? current
            : status switch
            {
                StatusCodes.Status400BadRequest => BadRequest,
                StatusCodes.Status408RequestTimeout => BodyTimedOut,
                StatusCodes.Status401Unauthorized => Unauthorized,
                StatusCodes.Status404NotFound => NotFound,
                StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
                StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
                StatusCodes.Status422UnprocessableEntity => ValidationFailed,
                StatusCodes.Status429TooManyRequests => TooManyRequests,
                StatusCodes.Status504GatewayTimeout => Timeout,
                _ => InternalError,
            };

    /// <summary>What a 415 asks for, whether the framework or the endpoint refused the body.</summary>
    public const string UnsupportedMediaTypeDetail =
        "Send the application as uncompressed JSON: 'Content-Type: application/json' (UTF-8) and no Content-Encoding.";

    /// <summary>A sentence for problems the framework raised without one.</summary>
    public static string DefaultDetail(int? status) => status switch
    {
        StatusCodes.Status404NotFound => "There is no endpoint at this path; see /openapi/v1.json.",
        StatusCodes.Status405MethodNotAllowed => "This endpoint does not accept that method; see the Allow header.",
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaTypeDetail,
        >= 500 => "The request could not be completed. Quote the request_id when reporting it.",
        _ => "The request could not be processed.",
    };
}
