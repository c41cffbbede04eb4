namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>Whether the acting user may use each service now (YT1, YT2, PX10).</summary>
[GenerateSerializer]
[Alias("hub.AccountCapabilities")]
public sealed record AccountCapabilities(bool Journal, bool Medications, bool Proxy);
