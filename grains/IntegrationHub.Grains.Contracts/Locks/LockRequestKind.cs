namespace IntegrationHub.Grains.Locks;

public enum LockRequestKind
{
    Lock,
    Unlock,
}
