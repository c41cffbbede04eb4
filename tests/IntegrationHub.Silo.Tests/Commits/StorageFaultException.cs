namespace IntegrationHub.Silo.Tests.Commits;

[GenerateSerializer]
public sealed class StorageFaultException(string message) : Exception(message);
