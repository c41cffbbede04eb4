namespace IntegrationHub.Grains.Sessions;

public enum SessionKind
{
    Resident,
    Staff,
}
