namespace IntegrationHub.Grains.Locks;

/// <summary>Who asked for a lock (LK2): the resident by form, healthcare staff, or an external authority.</summary>
public enum LockOrigin
{
    Resident,
    Staff,
    Authority,
}
