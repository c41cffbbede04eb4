namespace IntegrationHub.Adapters.PopulationRegistry;

/// <summary>Where a person is listed (the primary-care unit): its HSA-id and name, as the registry names it.</summary>
public sealed record RegistryListing(string ClinicId, string Name);
