namespace IntegrationHub.Grains.Contracts.Clinics;

/// <summary>
/// One case type as a clinic configured it (CS1, CS5, PX4). <see cref="SettingsJson"/> is the domain's
/// CaseTypeSettings as JSON (web defaults), the flags included.
/// </summary>
[GenerateSerializer]
[Alias("hub.ClinicCaseType")]
public sealed record ClinicCaseType(string CaseType, bool Active, bool AttachmentsAllowed, bool ProxyAllowed, string SettingsJson);
