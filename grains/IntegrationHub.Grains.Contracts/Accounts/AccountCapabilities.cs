namespace IntegrationHub.Grains.Accounts;

/// <summary>Whether the acting user may use each service now (YT1, YT2, PX10).</summary>
public sealed record AccountCapabilities(bool Journal, bool Medications, bool Proxy);
