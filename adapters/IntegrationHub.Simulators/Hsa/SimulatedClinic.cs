namespace IntegrationHub.Simulators.Hsa;

/// <summary>A unit (clinic): <c>{hsaId, name, region}</c>, as API.md's <c>PUT /sim/hsa/clinics</c>.</summary>
public sealed record SimulatedClinic(string HsaId, string Name, string Region);
