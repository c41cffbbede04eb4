namespace IntegrationHub.Adapters.PopulationRegistry;

/// <summary>
/// The population registry client: its FHIR server's base (the client asks <c>{BaseAddress}fhir/Patient</c>). While
/// its circuit is open every lookup is a <see cref="RegistryUnavailableException"/>.
/// </summary>
public sealed record PopulationRegistryOptions : AdapterClientOptions;
