namespace IntegrationHub.Grains.Contracts.Locks;

/// <summary>Refusal codes of the lock workflow (API.md), with the ones users need where API.md is silent.</summary>
public static class LockRefusals
{
    public const string NotAuthorisedToDecide = "not_authorised_to_decide";
    public const string WrongRegion = "wrong_region";
    public const string NotAuthorisedToExecute = "not_authorised_to_execute";

    /// <summary>Execution before an approval, or a decision on a request already decided.</summary>
    public const string NotApproved = "request_not_approved";
    public const string AlreadyDecided = "already_decided";
    public const string AlreadyExecuted = "already_executed";

    /// <summary>An unlock asked for an account that is not locked.</summary>
    public const string NotLocked = "not_locked";
    public const string UnknownResident = "unknown_resident";
    public const string NotFound = "not_found";
    public const string RegistryUnavailable = "registry_unavailable";
}
