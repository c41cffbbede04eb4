using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Grains.Contracts.Locks;
using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Grains.Effects;
using IntegrationHub.Identity;

namespace IntegrationHub.Grains.Locks;

/// <summary>
/// A lock or unlock request: filed by any staff member about a resident of any region, decided by whoever LK4 and LK9
/// name in the resident's home region as the registry says now (LK3), executed by the central support (or the on-call
/// doctor in an emergency), and applied to the account, which keeps the register.
/// </summary>
[GrainType("lock-request")]
internal sealed class LockRequestGrain(
    [PersistentState("lock-request", HubStorage.Name)] IPersistentState<LockRequestState> state,
    HubGrainContext hub,
    IPopulationRegistry registry) : HubGrain<LockRequestState>(state, hub), ILockRequestGrain
{
    private LockRequestState Request => State;

    public async Task<LockStepResult> CreateAsync(LockRequestDraft draft)
    {
        if (Request.Exists)
        {
            return new LockStepResult(null, Request.Status, null);
        }

        var account = Grains.Account(draft.Personnummer);
        var lockStatus = await account.GetLockStatusAsync();
        if (draft.Kind == LockRequestKind.Unlock)
        {
            if (!lockStatus.Locked)
            {
                return LockStepResult.Refused(LockRefusals.NotLocked, LockRequestStatus.Requested);
            }

            Request.LockOrigin = lockStatus.Origin;
            Request.LockingRegion = lockStatus.LockingRegion;
        }

        Request.Exists = true;
        Request.Kind = draft.Kind;
        Request.Personnummer = draft.Personnummer;
        Request.Origin = draft.Kind == LockRequestKind.Unlock ? lockStatus.Origin ?? draft.Origin : draft.Origin;
        Request.Reason = draft.Reason;
        Request.Authority = draft.Authority;
        Request.Note = draft.Note;
        Request.Emergency = draft.Kind == LockRequestKind.Lock && draft.Emergency;
        Request.RequestedBy = draft.RequestedBy.HsaId;
        Request.RequestedAt = Clock.GetUtcNow();
        Request.Status = LockRequestStatus.Requested;
        await CommitAsync();
        return new LockStepResult(null, Request.Status, null);
    }

    public Task<LockRequestView?> GetAsync() =>
        Task.FromResult(Request.Exists ? new LockRequestView(GrainKey, Request.Kind, Request.Status, Request.Origin, Request.Emergency) : null);

    public async Task<LockStepResult> DecideAsync(StaffProfile decider, bool approve, string? note)
    {
        if (!Request.Exists)
        {
            return LockStepResult.Refused(LockRefusals.NotFound, LockRequestStatus.Requested);
        }

        if (Request.Status != LockRequestStatus.Requested)
        {
            return LockStepResult.Refused(LockRefusals.AlreadyDecided, Request.Status);
        }

        if (!LockAuthority.MayDecide(Request, decider))
        {
            return LockStepResult.Refused(LockRefusals.NotAuthorisedToDecide, Request.Status);
        }

        string? region = null;
        if (LockAuthority.DecidedByRegion(Request))
        {
            RegistryPerson? person;
            try
            {
                person = await registry.FindAsync(Personnummer.Parse(Request.Personnummer), CancellationToken.None);
            }
            catch (RegistryUnavailableException)
            {
                return LockStepResult.Refused(LockRefusals.RegistryUnavailable, Request.Status);
            }

            if (person is null)
            {
                return LockStepResult.Refused(LockRefusals.UnknownResident, Request.Status);
            }

            // LK3, LK9: only the region where the resident is registered now decides, whichever region asked or locked.
            if (!string.Equals(person.Region, decider.Region, StringComparison.Ordinal))
            {
                return LockStepResult.Refused(LockRefusals.WrongRegion, Request.Status);
            }

            region = person.Region;
            if (Request.Kind == LockRequestKind.Unlock && Request.LockingRegion is not null && Request.LockingRegion != region)
            {
                Request.ConsultedRegion = Request.LockingRegion;
            }
        }

        Request.Status = approve ? LockRequestStatus.Approved : LockRequestStatus.Rejected;
        Request.DecidedBy = decider.HsaId;
        Request.DecidingRegion = region;
        Request.DecisionNote = note;
        Request.DecidedAt = Clock.GetUtcNow();
        await CommitAsync();
        return new LockStepResult(null, Request.Status, null);
    }

    public async Task<LockStepResult> ExecuteAsync(StaffProfile executor)
    {
        if (!Request.Exists)
        {
            return LockStepResult.Refused(LockRefusals.NotFound, LockRequestStatus.Requested);
        }

        if (!LockAuthority.MayExecute(Request, executor))
        {
            return LockStepResult.Refused(LockRefusals.NotAuthorisedToExecute, Request.Status);
        }

        if (Request.Status == LockRequestStatus.Executed)
        {
            return LockStepResult.Refused(LockRefusals.AlreadyExecuted, Request.Status);
        }

        if (Request.Status != LockRequestStatus.Approved)
        {
            return LockStepResult.Refused(LockRefusals.NotApproved, Request.Status);
        }

        // The account applies first and is idempotent by request id: should recording the execution here fail, a retry
        // applies nothing twice, and a lock is never recorded as executed without being in force.
        var now = Clock.GetUtcNow();
        var account = Grains.Account(Request.Personnummer);
        LockApplied? applied = null;
        if (Request.Kind == LockRequestKind.Unlock)
        {
            await account.ApplyUnlockAsync(new UnlockApplication(
                GrainKey, Request.DecidingRegion, Request.RequestedBy, Request.DecidedBy, executor.HsaId, Request.RequestedAt, Request.DecidedAt, now));
        }
        else
        {
            applied = await account.ApplyLockAsync(new LockApplication(
                GrainKey,
                Request.Origin,
                Request.Reason ?? "other",
                Request.DecidingRegion,
                Request.RequestedBy,
                Request.DecidedBy,
                executor.HsaId,
                Request.Emergency,
                Request.RequestedAt,
                Request.DecidedAt,
                now));
        }

        Request.Status = LockRequestStatus.Executed;
        Request.ExecutedBy = executor.HsaId;
        Request.ExecutedAt = now;
        await CommitAsync();
        return new LockStepResult(null, Request.Status, applied);
    }
}
