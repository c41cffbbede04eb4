namespace IntegrationHub.Simulators.Hsa;

/// <summary>A staff member's rights at one clinic: <c>{hsaId, rights: ["admin"|"receiver"|"handler"]}</c>.</summary>
public sealed record SimulatedClinicRights(string HsaId, IReadOnlyList<string> Rights);
