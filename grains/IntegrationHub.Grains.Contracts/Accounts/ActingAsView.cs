namespace IntegrationHub.Grains.Contracts.Accounts;

[GenerateSerializer]
[Alias("hub.ActingAsView")]
public sealed record ActingAsView(string Personnummer, string Name);
