using IntegrationHub.Simulators.HopOut;
using IntegrationHub.Simulators.Hosting;
using IntegrationHub.Simulators.Hsa;
using IntegrationHub.Simulators.IdentityProvider;
using IntegrationHub.Simulators.Journal;
using IntegrationHub.Simulators.Notifications;
using IntegrationHub.Simulators.PopulationRegistry;

namespace IntegrationHub.Simulators;

/// <summary>
/// Every simulator of the systems around the hub, each its own Kestrel app on 127.0.0.1 and a free port: the
/// population registry, the HSA directory, the journal system, the identity provider, the SMS/e-mail gateway and
/// the hop-out services. The members are the in-process control objects (the local hub's <c>/sim</c> routes call
/// them); each <see cref="Simulator.BaseAddress"/> is what the hub's clients are configured with.
/// </summary>
public sealed class SimulatorFleet : IAsyncDisposable
{
    private readonly IReadOnlyList<Simulator> _all;

    private SimulatorFleet(
        PopulationRegistrySimulator populationRegistry,
        HsaDirectorySimulator hsa,
        JournalSystemSimulator journal,
        IdentityProviderSimulator identityProvider,
        NotificationGatewaySimulator notifications,
        IReadOnlyDictionary<string, HopOutServiceSimulator> hopOutServices)
    {
        PopulationRegistry = populationRegistry;
        Hsa = hsa;
        Journal = journal;
        IdentityProvider = identityProvider;
        Notifications = notifications;
        HopOutServices = hopOutServices;
        HopOuts = hopOutServices.ToDictionary(s => s.Key, s => s.Value.BaseAddress, StringComparer.Ordinal);
        _all = [populationRegistry, hsa, journal, identityProvider, notifications, .. hopOutServices.Values];
    }

    public PopulationRegistrySimulator PopulationRegistry { get; }

    public HsaDirectorySimulator Hsa { get; }

    public JournalSystemSimulator Journal { get; }

    public IdentityProviderSimulator IdentityProvider { get; }

    public NotificationGatewaySimulator Notifications { get; }

    /// <summary>The hop-out services by name.</summary>
    public IReadOnlyDictionary<string, HopOutServiceSimulator> HopOutServices { get; }

    /// <summary>The hop-out services' base addresses by name (API.md <c>GET /sim/hop-outs</c>).</summary>
    public IReadOnlyDictionary<string, Uri> HopOuts { get; }

    /// <summary>Starts every simulator with the default options.</summary>
    public static Task<SimulatorFleet> StartAsync(TimeProvider timeProvider, CancellationToken cancellationToken) =>
        StartAsync(new SimulatorFleetOptions(), timeProvider, cancellationToken);

    /// <summary>Starts every simulator; the identity provider reads its clock from <paramref name="timeProvider"/>.</summary>
    public static async Task<SimulatorFleet> StartAsync(
        SimulatorFleetOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        List<Simulator> started = [];
        try
        {
            var registry = Track(started, await PopulationRegistrySimulator.StartAsync(cancellationToken));
            var hsa = Track(started, await HsaDirectorySimulator.StartAsync(cancellationToken));
            var journal = Track(started, await JournalSystemSimulator.StartAsync(cancellationToken));
            var idp = Track(started, await IdentityProviderSimulator.StartAsync(
                timeProvider, cancellationToken, options.IdentityProviderAudience));
            var notifications = Track(started, await NotificationGatewaySimulator.StartAsync(cancellationToken));
            var hopOuts = new Dictionary<string, HopOutServiceSimulator>(StringComparer.Ordinal);
            foreach (var name in options.HopOutServices)
            {
                hopOuts[name] = Track(started, await HopOutServiceSimulator.StartAsync(name, cancellationToken));
            }

            return new SimulatorFleet(registry, hsa, journal, idp, notifications, hopOuts);
        }
        catch
        {
            foreach (var simulator in started)
            {
                await simulator.DisposeAsync();
            }

            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var simulator in _all)
        {
            await simulator.DisposeAsync();
        }
    }

    private static T Track<T>(List<Simulator> started, T simulator)
        where T : Simulator
    {
        started.Add(simulator);
        return simulator;
    }
}
