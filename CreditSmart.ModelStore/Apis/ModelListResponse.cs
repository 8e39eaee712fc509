namespace CreditSmart.ModelStore.Apis;

/// <summary>Every version, oldest first, and the pointer.</summary>
/// <param name="PreviousVersion">What a rollback would make active again.</param>
public sealed record ModelListResponse(
    string? ActiveVersion,
    string? PreviousVersion,
    IReadOnlyList<ModelVersionResponse> Versions);
