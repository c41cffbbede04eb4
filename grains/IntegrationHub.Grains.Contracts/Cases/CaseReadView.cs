namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>One staff read of a case, shown to the resident: who (HSA-id and name), from which clinic, when (ST2).</summary>
[GenerateSerializer]
[Alias("hub.CaseReadView")]
public sealed record CaseReadView(DateTimeOffset At, string StaffHsaId, string StaffName, string? ClinicId, string? ClinicName);
