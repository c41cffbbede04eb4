using IntegrationHub.Grains.Contracts.Sessions;

namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// One request's question to the account it acts on. <see cref="Guardian"/> is set in proxy mode: then the account
/// is the child's, asked on behalf of that guardian (PX4, PX9, JR2).
/// </summary>
[GenerateSerializer]
[Alias("hub.AccountAccessCheck")]
public sealed record AccountAccessCheck(AccessArea Area, string? Service, string? Guardian = null);
