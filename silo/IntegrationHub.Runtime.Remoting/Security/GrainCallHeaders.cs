namespace IntegrationHub.Runtime.Remoting.Security;

/// <summary>The headers that authenticate a grain call.</summary>
internal static class GrainCallHeaders
{
    /// <summary>Unix seconds when the call was signed.</summary>
    public const string Timestamp = "X-Grain-Call-Timestamp";

    /// <summary>Base64 HMAC-SHA256 over method, path and query, timestamp and body.</summary>
    public const string Signature = "X-Grain-Call-Signature";
}
