namespace IntegrationHub.Grains.Contracts.Start;

/// <summary>The notices of the start page.</summary>
public static class StartNoticeCodes
{
    /// <summary>A guardian's proxy access to a child ends on the child's 13th birthday (PX1, PX5); <c>date</c> is that day.</summary>
    public const string ProxyEndsAt13 = "proxy-ends-at-13";

    /// <summary>Acting for a child: the proxy access that is used now ends on <c>date</c>.</summary>
    public const string ActingProxyEndsAt13 = "acting-proxy-ends-at-13";

    /// <summary>No mobile number or e-mail address is set, so nobody is told of new messages (PX8).</summary>
    public const string NoContacts = "no-contacts";
}
