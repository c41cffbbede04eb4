namespace IntegrationHub.Grains.Contracts.Sessions;

[GenerateSerializer]
[Alias("hub.SessionEndReason")]
public enum SessionEndReason
{
    Logout,
    Idle,
    Locked,
    Deceased,
}
