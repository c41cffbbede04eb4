using IntegrationHub.Grains.Contracts.Sessions;

namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>A staff member acting on a case: rights per clinic from the HSA directory at login, and a name for the record.</summary>
[GenerateSerializer]
[Alias("hub.StaffCaseActor")]
public sealed record StaffCaseActor(StaffProfile Staff, string Name);
