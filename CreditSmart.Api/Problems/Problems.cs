using System.Globalization;
using CreditSmart.Api.Infrastructure;
using CreditSmart.Scoring.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CreditSmart.Api.Problems;

/// <summary>The error responses of the prediction endpoint; none of them quotes the request.</summary>
public static class Problems
{
    public static ProblemHttpResult UnsupportedMediaType() => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "Unsupported Media Type",
        detail: ProblemTypes.UnsupportedMediaTypeDetail,
        type: ProblemTypes.UnsupportedMediaType);

    public static ProblemHttpResult MalformedJson() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Malformed JSON",
        detail: "The body is not well-formed UTF-8 JSON (without a byte-order mark, "
            + $"nested at most {CreditApplicationReader.MaxDepth} levels).",
        type: ProblemTypes.MalformedJson);

    public static ProblemHttpResult PayloadTooLarge(int limitBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Payload too large",
        detail: $"The body must be at most {limitBytes} bytes.",
        type: ProblemTypes.PayloadTooLarge);

    public static ProblemHttpResult BodyTimedOut() => TypedResults.Problem(
        statusCode: StatusCodes.Status408RequestTimeout,
        title: "Request body timed out",
        detail: "The body arrived too slowly or stopped arriving; send it whole, then wait for the answer.",
        type: ProblemTypes.BodyTimedOut);

    public static ProblemHttpResult UnreadableBody() => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "Unreadable body",
        detail: "The body's framing is broken (for example a bad chunk size), so it could not be read.",
        type: ProblemTypes.BadRequest);

    public static ProblemHttpResult ValidationFailed(IReadOnlyList<FieldError> errors) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "Validation failed",
        detail: "The application does not satisfy the v1 schema; see 'errors'.",
        type: ProblemTypes.ValidationFailed,
        extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static ProblemHttpResult Unauthorized(string header) => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Unauthorized",
        detail: $"Send a valid API key in the '{header}' header.",
        type: ProblemTypes.Unauthorized);

    public static ProblemHttpResult TooManyRequests() => TypedResults.Problem(
        statusCode: StatusCodes.Status429TooManyRequests,
        title: "Too many requests",
        detail: "This caller has used its requests for now; try again after the Retry-After header's seconds.",
        type: ProblemTypes.TooManyRequests);

    public static ProblemHttpResult Timeout(TimeSpan limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status504GatewayTimeout,
        title: "Request timed out",
        detail: string.Create(
            CultureInfo.InvariantCulture,
            $"The request did not complete within {limit.TotalSeconds:0.###} seconds and was cancelled."),
        type: ProblemTypes.Timeout);
}
