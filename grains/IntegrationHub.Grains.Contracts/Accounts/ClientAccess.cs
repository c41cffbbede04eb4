namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// A registered FHIR client (a regional service, the journal system) that reads a resident's data: its client id and what
/// it read (e.g. <c>fhir-read:Patient</c>). The audit record's content, as <see cref="StaffAccess"/> is for staff (ST2).
/// </summary>
[GenerateSerializer]
[Alias("hub.ClientAccess")]
public sealed record ClientAccess(string ClientId, string What);
