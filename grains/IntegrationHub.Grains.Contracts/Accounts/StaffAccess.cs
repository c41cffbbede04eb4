namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>Who on the staff side reads a resident's data, from which clinic, and what: the audit record's content (ST2).</summary>
[GenerateSerializer]
[Alias("hub.StaffAccess")]
public sealed record StaffAccess(string StaffHsaId, string StaffName, string? ClinicHsaId, string What);
