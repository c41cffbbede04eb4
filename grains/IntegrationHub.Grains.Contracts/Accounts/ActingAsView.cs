namespace IntegrationHub.Grains.Accounts;

public sealed record ActingAsView(string Personnummer, string Name);
