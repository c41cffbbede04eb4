namespace IntegrationHub.Simulators.Control;

/// <summary>Where each simulator listens, for the processes of a local cluster to be configured with (<c>GET /sim/addresses</c>).</summary>
public sealed record SimulatorAddresses(
    Uri PopulationRegistry,
    Uri Hsa,
    Uri Journal,
    Uri Notifications,
    Uri IdentityProvider,
    string IdentityProviderIssuer,
    IReadOnlyDictionary<string, Uri> HopOuts)
{
    public static SimulatorAddresses Of(SimulatorFleet fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        return new(
            fleet.PopulationRegistry.BaseAddress,
            fleet.Hsa.BaseAddress,
            fleet.Journal.BaseAddress,
            fleet.Notifications.BaseAddress,
            fleet.IdentityProvider.BaseAddress,
            fleet.IdentityProvider.Issuer,
            fleet.HopOuts);
    }
}
