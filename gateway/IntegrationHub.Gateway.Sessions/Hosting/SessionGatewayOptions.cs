namespace IntegrationHub.Gateway.Sessions;

/// <summary>Settings of the login and session front door (section <c>Hub:Gateway</c>).</summary>
public sealed class SessionGatewayOptions
{
    public const string Section = "Hub:Gateway";

    /// <summary>The audience the identity provider's assertions must name.</summary>
    public string AssertionAudience { get; set; } = "integrationhub";
}
