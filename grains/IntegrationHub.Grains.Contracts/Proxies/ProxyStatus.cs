namespace IntegrationHub.Grains.Contracts.Proxies;

public static class ProxyStatus
{
    public const string Active = "active";
    public const string Ended = "ended";
}
