using IntegrationHub.Simulators.IdentityProvider;

namespace IntegrationHub.Simulators;

/// <summary>How <see cref="SimulatorFleet"/> starts its simulators.</summary>
public sealed record SimulatorFleetOptions
{
    /// <summary>The <c>aud</c> of the identity provider's assertions; "integrationhub" by default.</summary>
    public string IdentityProviderAudience { get; init; } = IdentityProviderSimulator.DefaultAudience;

    /// <summary>The hop-out services to start, by name (API.md: journal, medications, samples, support).</summary>
    public IReadOnlyList<string> HopOutServices { get; init; } = ["journal", "medications", "samples", "support"];
}
