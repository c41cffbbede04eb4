namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>What <c>GET /api/me</c> shows of an account. <see cref="Age"/> counts in Stockholm time on the hub's clock.</summary>
[GenerateSerializer]
[Alias("hub.AccountProfile")]
public sealed record AccountProfile(string Name, int Age, AccountCapabilities Capabilities, ContactDetails Contacts);
