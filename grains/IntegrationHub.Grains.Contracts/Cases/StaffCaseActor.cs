using IntegrationHub.Grains.Sessions;

namespace IntegrationHub.Grains.Cases;

/// <summary>A staff member acting on a case: rights per clinic from the HSA directory at login, and a name for the record.</summary>
public sealed record StaffCaseActor(StaffProfile Staff, string Name);
