using IntegrationHub.Grains.Sessions;

namespace IntegrationHub.Grains.Accounts;

public sealed record AccountAccessCheck(AccessArea Area, string? Service);
