namespace IntegrationHub.Grains.Contracts.Proxies;

/// <summary>Why a proxy relationship ended: every change has a code (PX1, PX5, PX7, DC1, custody from the registry).</summary>
public static class ProxyEndReasons
{
    public const string ChildTurned13 = "child-turned-13";
    public const string ProtectedIdentity = "protected-identity";
    public const string CustodyEnded = "custody-ended";
    public const string Deceased = "deceased";
    public const string EndedByGuardian = "ended-by-guardian";

    /// <summary>What the guardian and the child are told instead, where the reason itself would reveal protected identity (PX7).</summary>
    public const string Neutral = "relationship-ended";

    /// <summary>The reason as it may be shown to either party.</summary>
    public static string Shown(string reason) => reason == ProtectedIdentity ? Neutral : reason;
}
