namespace IntegrationHub.Grains.Contracts.Locks;

/// <summary>The workflow of LK2–LK4 and LK9: a request is decided (approved or rejected), then an approved one is executed.</summary>
public static class LockRequestStatus
{
    public const string Requested = "requested";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Executed = "executed";
}
