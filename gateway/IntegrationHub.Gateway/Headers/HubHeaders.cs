namespace IntegrationHub.Gateway.Headers;

/// <summary>Header names the gateway owns. Inbound copies of any of them are never trusted.</summary>
public static class HubHeaders
{
    /// <summary>Every header with this prefix is the hub's own and is stripped from inbound requests.</summary>
    public const string Prefix = "X-Hub-";

    /// <summary>The signed identity assertion sent to hop-out services.</summary>
    public const string Assertion = "X-Hub-Assertion";

    /// <summary>Whether a header is one of the hub's own (case-insensitive).</summary>
    public static bool IsHubHeader(string name) =>
        name is not null && name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a header carries forwarding information a client could spoof (X-Forwarded-*, Forwarded).</summary>
    public static bool IsForwardingHeader(string name) =>
        name is not null
        && (name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Forwarded", StringComparison.OrdinalIgnoreCase)
            || name.Equals("X-Real-IP", StringComparison.OrdinalIgnoreCase));
}
