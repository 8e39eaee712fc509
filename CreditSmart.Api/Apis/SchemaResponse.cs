namespace CreditSmart.Api.Apis;

/// <summary>The v1 input contract of <c>POST /api/v1/predict</c>, as data.</summary>
/// <param name="SchemaVersion">Always <c>v1</c>.</param>
/// <param name="ContentType">What the body must be sent as.</param>
/// <param name="AdditionalFields">Always false: a key not listed is refused.</param>
/// <param name="Fields">Every accepted key, <c>schema_version</c> first, then the scored fields in order.</param>
public sealed record SchemaResponse(
    string SchemaVersion,
    string ContentType,
    int MaxBodyBytes,
    bool AdditionalFields,
    IReadOnlyList<SchemaFieldResponse> Fields);
