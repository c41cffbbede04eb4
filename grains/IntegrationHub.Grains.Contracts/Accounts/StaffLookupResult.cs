namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>A staff lookup: the view, or not found, or the registry could not be asked (the hub answers 503 then).</summary>
[GenerateSerializer]
[Alias("hub.StaffLookupResult")]
public sealed record StaffLookupResult(StaffResidentView? View, bool RegistryUnavailable);
