using IntegrationHub.Identity;
using IntegrationHub.Simulators;

namespace IntegrationHub.LocalHub.Hosting;

/// <summary>Simulators and a clock that several hubs share, so that two of them on one database act as two silos of one world.</summary>
public sealed record SharedSimulation(SimulatorFleet Fleet, HubClock Clock);
