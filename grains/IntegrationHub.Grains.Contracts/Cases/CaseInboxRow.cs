namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>
/// A case as an inbox lists it, without its content: the payload of the inbox index rows. <see cref="Subject"/> is
/// set only in the resident's inbox, and so is <see cref="ResidentUnread"/>: the messages from the clinic side (or the hub,
/// or a regional service) the resident has not read yet.
/// </summary>
[GenerateSerializer]
[Alias("hub.CaseInboxRow")]
public sealed record CaseInboxRow(
    string Id,
    CaseOrigin Origin,
    string Status,
    string? ClinicId,
    string? ClinicName,
    string? CaseType,
    string? CaseTypeName,
    string? Subject,
    string? AssignedHandler,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastEventAt,
    DateTimeOffset ExpiresAt,
    int ResidentUnread = 0);
