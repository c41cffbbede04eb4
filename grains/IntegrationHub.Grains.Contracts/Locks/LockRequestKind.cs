namespace IntegrationHub.Grains.Contracts.Locks;

[GenerateSerializer]
[Alias("hub.LockRequestKind")]
public enum LockRequestKind
{
    Lock,
    Unlock,
}
