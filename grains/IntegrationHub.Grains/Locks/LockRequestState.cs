using IntegrationHub.Grains.Effects;
using IntegrationHub.Grains.Contracts.Locks;
using IntegrationHub.Grains.Locks;

namespace IntegrationHub.Grains.Locks;

public sealed class LockRequestState : EffectfulState
{
    public bool Exists { get; set; }

    public LockRequestKind Kind { get; set; }

    public string Personnummer { get; set; } = string.Empty;

    public LockOrigin Origin { get; set; }

    public string? Reason { get; set; }

    public string? Authority { get; set; }

    public string? Note { get; set; }

    public bool Emergency { get; set; }

    public string Status { get; set; } = LockRequestStatus.Requested;

    public string RequestedBy { get; set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>For an unlock: the lock it lifts, as the account held it when the request was filed.</summary>
    public LockOrigin? LockOrigin { get; set; }

    public string? LockingRegion { get; set; }

    public string? DecidedBy { get; set; }

    public string? DecidingRegion { get; set; }

    public string? DecisionNote { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>LK9: a region unlocking another region's lock consults that region first; the register says so.</summary>
    public string? ConsultedRegion { get; set; }

    public string? ExecutedBy { get; set; }

    public DateTimeOffset? ExecutedAt { get; set; }
}
