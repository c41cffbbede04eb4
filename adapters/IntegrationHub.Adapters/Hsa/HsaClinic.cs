namespace IntegrationHub.Adapters.Hsa;

public sealed record HsaClinic(string HsaId, string Name, string Region);
