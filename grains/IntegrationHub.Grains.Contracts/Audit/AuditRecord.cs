namespace IntegrationHub.Grains.Contracts.Audit;

/// <summary>
/// One access to or change of a resident's data (ST2, SEC3, LK5): who, from which clinic, what, when. It is written in
/// the same transaction as the state it concerns, into the "audit" index partitioned by the resident.
/// </summary>
[GenerateSerializer]
[Alias("hub.AuditRecord")]
public sealed record AuditRecord(
    Guid Id,
    DateTimeOffset At,
    string Action,
    string ActorKind,
    string Actor,
    string? ActorClinic,
    string Outcome,
    string? Detail);
