namespace IntegrationHub.Grains.Contracts.Locks;

/// <summary>Who asked for a lock (LK2): the resident by form, healthcare staff, or an external authority.</summary>
[GenerateSerializer]
[Alias("hub.LockOrigin")]
public enum LockOrigin
{
    Resident,
    Staff,
    Authority,
}
