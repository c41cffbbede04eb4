using IntegrationHub.Grains.Accounts;
using IntegrationHub.Runtime;

namespace IntegrationHub.Grains.Sessions;

/// <summary>
/// One login session (ID5: 60 idle minutes end it). Every request through the gateway is one call here; for a resident
/// the account grain gives the rules, so a lock or a death ends the session at the next request even if the lock's own
/// call to end it was lost.
/// </summary>
[GrainType("session")]
[CollectionAgeLimit(61)]
internal sealed class SessionGrain([PersistentState("session")] IPersistentState<SessionState> state) : Grain, ISessionGrain
{
    public static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(60);

    // Persisting every request would turn each page view into a database write; a minute's slack on the idle limit is not.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    private DateTimeOffset lastSeenInMemory;

    private SessionState Session => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        lastSeenInMemory = Session.LastSeenAt;
        return Task.CompletedTask;
    }

    public async Task<bool> StartAsync(SessionStart start)
    {
        if (Session.Started || Session.EndedBy is not null)
        {
            return false;
        }

        var now = TimeProvider.GetUtcNow();
        Session.Kind = start.Kind;
        Session.Subject = start.Subject;
        Session.Name = start.Name;
        Session.Method = start.Method;
        Session.Staff = start.Staff;
        Session.StartedAt = now;
        Session.LastSeenAt = now;
        Session.Started = true;
        lastSeenInMemory = now;
        await state.WriteStateAsync();
        return true;
    }

    public async Task<SessionDecision> AuthorizeAsync(AccessRequest request)
    {
        if (!Session.Started || Session.EndedBy is not null)
        {
            return SessionDecision.Unauthenticated(AccessCodes.SessionEnded);
        }

        var now = TimeProvider.GetUtcNow();
        if (now - lastSeenInMemory >= IdleLimit)
        {
            await EndCoreAsync(SessionEndReason.Idle, now, notifyAccount: true);
            return SessionDecision.Unauthenticated(AccessCodes.SessionEnded);
        }

        var principal = Principal();
        var decision = Session.Kind switch
        {
            SessionKind.Staff => request.Area == AccessArea.StaffApi
                ? SessionDecision.Allowed(principal)
                : SessionDecision.Forbidden(SessionCodes.ResidentsOnly, principal),
            _ => await DecideForResidentAsync(request, principal, now),
        };
        if (decision.Verdict == SessionVerdict.Unauthenticated)
        {
            return decision;
        }

        lastSeenInMemory = now;
        if (now - Session.LastSeenAt >= TouchInterval)
        {
            Session.LastSeenAt = now;
            await state.WriteStateAsync();
        }

        return decision;
    }

    public async Task EndAsync(SessionEndReason reason)
    {
        if (Session.EndedBy is null)
        {
            // A lock or a death is ended by the account itself, which is waiting on this call: calling it back would deadlock.
            await EndCoreAsync(reason, TimeProvider.GetUtcNow(), notifyAccount: reason is SessionEndReason.Logout or SessionEndReason.Idle);
        }
    }

    public Task<SessionPrincipal?> GetPrincipalAsync() =>
        Task.FromResult(Session.Started && Session.EndedBy is null ? Principal() : null);

    private async Task<SessionDecision> DecideForResidentAsync(AccessRequest request, SessionPrincipal principal, DateTimeOffset now)
    {
        if (request.Area == AccessArea.StaffApi)
        {
            return SessionDecision.Forbidden(SessionCodes.StaffOnly, principal);
        }

        var account = GrainFactory.GetGrain<IResidentAccountGrain>(principal.Acting);
        var verdict = await account.CheckAccessAsync(new AccountAccessCheck(request.Area, request.Service));
        if (verdict.Allowed)
        {
            return SessionDecision.Allowed(principal);
        }

        if (verdict.EndsSession)
        {
            var reason = verdict.Code == AccessCodes.AccountLocked ? SessionEndReason.Locked : SessionEndReason.Deceased;
            await EndCoreAsync(reason, now, notifyAccount: false);
            return SessionDecision.Unauthenticated(verdict.Code ?? AccessCodes.SessionEnded);
        }

        return SessionDecision.Forbidden(verdict.Code ?? AccessCodes.SessionEnded, principal);
    }

    private async Task EndCoreAsync(SessionEndReason reason, DateTimeOffset now, bool notifyAccount)
    {
        Session.EndedBy = reason;
        Session.EndedAt = now;
        await state.WriteStateAsync();
        if (notifyAccount && Session.Started && Session.Kind == SessionKind.Resident)
        {
            await GrainFactory.GetGrain<IResidentAccountGrain>(Session.Subject).SessionEndedAsync(GrainKey);
        }

        DeactivateOnIdle();
    }

    private SessionPrincipal Principal() =>
        new(GrainKey, Session.Kind, Session.Subject, Session.Name, Session.Method, Session.ActingFor, Session.Staff);
}
