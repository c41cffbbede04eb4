namespace IntegrationHub.Grains.Contracts.Sessions;

[GenerateSerializer]
[Alias("hub.SessionVerdict")]
public enum SessionVerdict
{
    Allowed,
    Unauthenticated,
    Forbidden,
}
