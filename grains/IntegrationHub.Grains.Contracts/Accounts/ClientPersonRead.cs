namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// What a FHIR client's read of a person found: the person as the registry gives them now (null when the registry does not
/// know them), whether the read is already on the record (ST2: false when the account's copy was behind the registry and
/// the caller must record it with <see cref="IResidentAccountGrain.RecordClientReadAsync"/>), or that the registry could
/// not be asked (the hub answers 503 and nothing was read).
/// </summary>
[GenerateSerializer]
[Alias("hub.ClientPersonRead")]
public sealed record ClientPersonRead(ClientPerson? Person, bool Recorded, bool RegistryUnavailable);
