namespace IntegrationHub.Grains.Sessions;

public enum SessionEndReason
{
    Logout,
    Idle,
    Locked,
    Deceased,
}
