namespace IntegrationHub.Adapters.Hsa;

/// <summary>A staff member's rights at one clinic: any of "admin", "receiver", "handler".</summary>
public sealed record HsaClinicRights(string ClinicHsaId, IReadOnlyList<string> Rights);
