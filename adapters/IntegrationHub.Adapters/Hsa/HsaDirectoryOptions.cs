namespace IntegrationHub.Adapters.Hsa;

/// <summary>The HSA directory client (<c>{BaseAddress}hsa/staff/{hsaId}</c>, <c>{BaseAddress}hsa/units/{hsaId}</c>).</summary>
public sealed record HsaDirectoryOptions : AdapterClientOptions;
