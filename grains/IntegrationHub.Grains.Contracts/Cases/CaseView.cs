namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>A case with its messages, as the resident or authorised staff read it.</summary>
[GenerateSerializer]
[Alias("hub.CaseView")]
public sealed record CaseView(
    string Id,
    CaseOrigin Origin,
    string Status,
    string? ClinicId,
    string? ClinicName,
    string? CaseType,
    string? CaseTypeName,
    string? Subject,
    string ResidentPersonnummer,
    string ResidentName,
    string? AssignedHandler,
    string? FieldsJson,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastEventAt,
    IReadOnlyList<CaseMessageView> Messages,
    IReadOnlyList<CaseReadView> ReadBy);
