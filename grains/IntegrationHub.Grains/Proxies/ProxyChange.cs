using IntegrationHub.Grains.Contracts.Proxies;

namespace IntegrationHub.Grains.Proxies;

public sealed record ProxyChange(DateTimeOffset At, string Status, string Reason);
