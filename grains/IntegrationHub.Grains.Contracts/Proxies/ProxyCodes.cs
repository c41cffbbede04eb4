namespace IntegrationHub.Grains.Contracts.Proxies;

/// <summary>Refusals of the proxy surface (API.md: /api/proxies, /api/acting-as).</summary>
public static class ProxyCodes
{
    public const string NotGuardian = "not_guardian";
    public const string ChildTooOld = "child_too_old";
    public const string ProtectedIdentity = "protected_identity";
    public const string AccountInactive = "account_inactive";
    public const string NoActiveProxy = "no_active_proxy";
    public const string AccountLocked = "account_locked";
    public const string RegistryUnavailable = "registry_unavailable";
    public const string ProxyNotAllowed = "proxy_not_allowed";
}
