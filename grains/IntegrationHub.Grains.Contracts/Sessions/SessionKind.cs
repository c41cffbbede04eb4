namespace IntegrationHub.Grains.Contracts.Sessions;

[GenerateSerializer]
[Alias("hub.SessionKind")]
public enum SessionKind
{
    Resident,
    Staff,
}
