namespace IntegrationHub.Grains.Sessions;

public enum SessionVerdict
{
    Allowed,
    Unauthenticated,
    Forbidden,
}
