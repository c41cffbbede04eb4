namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>Where a resident is listed (HO3, ST1): the primary-care unit's HSA-id and name, as the population registry says.</summary>
[GenerateSerializer]
[Alias("hub.ListingView")]
public sealed record ListingView(string ClinicId, string Name);
