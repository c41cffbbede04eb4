namespace IntegrationHub.Simulators.PopulationRegistry;

/// <summary>The primary-care unit where a person is listed: <c>{clinicId, name}</c> (the clinic's HSA-id and name).</summary>
public sealed record SimulatedListing(string ClinicId, string Name);
