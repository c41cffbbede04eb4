namespace IntegrationHub.Silo.Tests.Commits;

/// <summary>The fault the next write of <see cref="FaultyGrainStorage"/> meets; each fault is met once.</summary>
public sealed class StorageFaults
{
    private int next;

    public void FailNextWrite(StorageFault fault) => Interlocked.Exchange(ref next, (int)fault);

    internal StorageFault Take() => (StorageFault)Interlocked.Exchange(ref next, (int)StorageFault.None);
}
