using IntegrationHub.Grains.Contracts.Calls;
using IntegrationHub.Grains.Contracts.Sessions;

namespace IntegrationHub.Grains.Contracts.Locks;

/// <summary>
/// One lock or unlock request, keyed by an opaque id: request → decision → execution (LK2–LK4, LK9), with the
/// emergency path where the on-call doctor executes.
/// </summary>
[Alias("hub.ILockRequestGrain")]
public interface ILockRequestGrain : IGrainWithStringKey
{
    /// <summary>Files the request; an unlock needs a lock to lift (<c>not_locked</c>).</summary>
    Task<LockStepResult> CreateAsync(LockRequestDraft draft);

    /// <summary>The request, or null when no request has this id.</summary>
    [Idempotent]
    Task<LockRequestView?> GetAsync();

    Task<LockStepResult> DecideAsync(StaffProfile decider, bool approve, string? note);

    Task<LockStepResult> ExecuteAsync(StaffProfile executor);
}
