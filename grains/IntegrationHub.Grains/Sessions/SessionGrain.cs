using System.Text.Json;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Contracts.Proxies;
using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Grains.Contracts.Start;
using IntegrationHub.Grains.Effects;
using IntegrationHub.Store.Indexes;

namespace IntegrationHub.Grains.Sessions;

/// <summary>
/// One login session (ID5: 60 idle minutes end it). Every request through the gateway is one call here; for a resident
/// the account grain gives the rules, so a lock or a death ends the session at the next request even if the lock's own
/// call to end it was lost.
/// </summary>
[GrainType("session")]
[CollectionAgeLimit(Minutes = 61)]
internal sealed class SessionGrain(
    [PersistentState("session", HubStorage.Name)] IPersistentState<SessionState> state,
    HubGrainContext hub) : HubGrain<SessionState>(state, hub), ISessionGrain
{
    public static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(60);

    // Persisting every request would turn each page view into a database write; a minute's slack on the idle limit is not.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    // The start page lists the ongoing cases among the resident's latest ones.
    private const int StartCaseRows = 100;

    private DateTimeOffset lastSeenInMemory;

    // The per-request check's account references, kept: Orleans builds a new reference, with its copiers found through
    // reflection, for every GetGrain, and the account grain's key is an AES pseudonym of the number. References only.
    private IResidentAccountGrain? ownAccount;
    private (string Child, IResidentAccountGrain Account)? actedForAccount;

    private SessionState Session => State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        lastSeenInMemory = Session.LastSeenAt;
    }

    public async Task<bool> StartAsync(SessionStart start)
    {
        if (Session.Started || Session.EndedBy is not null)
        {
            return false;
        }

        var now = Clock.GetUtcNow();
        Session.Kind = start.Kind;
        Session.Subject = start.Subject;
        Session.Name = start.Name;
        Session.Method = start.Method;
        Session.Staff = start.Staff;
        Session.StartedAt = now;
        Session.LastSeenAt = now;
        Session.Started = true;
        lastSeenInMemory = now;
        await CommitAsync();
        return true;
    }

    public async Task<SessionDecision> AuthorizeAsync(AccessRequest request)
    {
        if (!Session.Started || Session.EndedBy is not null)
        {
            return SessionDecision.Unauthenticated(AccessCodes.SessionEnded);
        }

        var now = Clock.GetUtcNow();
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
            await CommitAsync();
        }

        return decision;
    }

    public async Task EndAsync(SessionEndReason reason)
    {
        if (Session.EndedBy is null)
        {
            await EndCoreAsync(reason, Clock.GetUtcNow(), notifyAccount: reason is SessionEndReason.Logout or SessionEndReason.Idle);
        }
    }

    public async Task EndByAccountAsync(SessionEndReason reason)
    {
        if (Session.EndedBy is null)
        {
            // The account ended it and already forgot the session: it needs no word back.
            await EndCoreAsync(reason, Clock.GetUtcNow(), notifyAccount: false);
        }
    }

    public Task<SessionPrincipal?> GetPrincipalAsync() =>
        Task.FromResult(Session.Started && Session.EndedBy is null ? Principal() : null);

    public async Task<MeView?> GetMeAsync()
    {
        if (!Session.Started || Session.EndedBy is not null || Session.Kind != SessionKind.Resident)
        {
            return null;
        }

        var principal = Principal();
        var acting = Grains.Account(principal.Acting);
        var profile = principal.ActingFor is null ? await acting.GetProfileAsync() : await acting.GetProfileForGuardianAsync(principal.Subject);
        var proxies = await ProxiesAsync(principal.Subject);
        var actingAs = principal.ActingFor is null ? null : new ActingAsView(principal.ActingFor, profile.Name);
        return new MeView(profile.Name, profile.Age, profile.Capabilities, profile.Contacts, proxies, actingAs);
    }

    public async Task<StartView?> GetStartAsync()
    {
        if (!Session.Started || Session.EndedBy is not null || Session.Kind != SessionKind.Resident)
        {
            return null;
        }

        var principal = Principal();
        var overviewTask = Grains.Account(principal.Acting).GetOverviewAsync(principal.ActingFor is null ? null : principal.Subject);
        var proxiesTask = ProxiesAsync(principal.Subject);
        var casesTask = Index.QueryAsync(new IndexQuery(CaseIndexes.ResidentInbox, principal.Acting, Limit: StartCaseRows, Descending: true), CancellationToken.None);
        await Task.WhenAll(overviewTask, proxiesTask, casesTask);
        var overview = await overviewTask;
        var proxies = await proxiesTask;

        var now = Clock.GetUtcNow();
        var rows = (await casesTask)
            .Select(r => JsonSerializer.Deserialize<CaseInboxRow>(r.Payload!, CaseIndexes.Json)!)
            .Where(r => r.ExpiresAt > now)
            .ToList();
        var cases = rows
            .Where(r => r.Status != CaseStatuses.Closed)
            .OrderByDescending(r => r.LastEventAt)
            .Select(r => new StartCase(r.Id, r.Subject ?? r.CaseTypeName, r.ClinicName, r.Status, r.LastEventAt, r.ResidentUnread))
            .ToList();
        var actingAs = principal.ActingFor is null ? null : new ActingAsView(principal.ActingFor, overview.Name);
        return new StartView(
            overview.Name,
            overview.Age,
            actingAs,
            overview.Listing,
            overview.Appointments,
            rows.Count(r => r.ResidentUnread > 0),
            cases,
            overview.Services,
            await NoticesAsync(principal, overview, proxies),
            proxies);
    }

    public async Task<string?> ActAsAsync(string child)
    {
        if (!Session.Started || Session.EndedBy is not null || Session.Kind != SessionKind.Resident)
        {
            return ProxyCodes.NoActiveProxy;
        }

        // PX1, PX7: custody and protected identity are asked of the registry again at every switch.
        var outcome = await Grains.Relationship(Session.Subject, child).CheckForUseAsync();
        if (!outcome.Succeeded)
        {
            return outcome.Code;
        }

        // PX9: a locked child's account cannot be used through proxy mode.
        var childLock = await Grains.Account(child).GetLockStatusAsync();
        if (childLock.Locked)
        {
            return ProxyCodes.AccountLocked;
        }

        Session.ActingFor = child;
        await CommitAsync();
        return null;
    }

    public async Task StopActingAsync()
    {
        if (Session.ActingFor is not null)
        {
            Session.ActingFor = null;
            await CommitAsync();
        }
    }

    /// <summary>The logged-in guardian's relationships; PX7: one ended by protected identity disappears from the start page.</summary>
    private async Task<IReadOnlyList<ProxyView>> ProxiesAsync(string guardian)
    {
        var children = await Grains.Account(guardian).GetProxyChildrenAsync();
        var relationships = await Task.WhenAll(children.Select(child => Grains.Relationship(guardian, child).GetAsync()));
        return [.. relationships.Where(r => r is { HiddenFromGuardian: false }).Select(r => ProxyView.From(r!))];
    }

    /// <summary>
    /// The start page's notices: when each active proxy access ends (PX1: the day the child turns 13), and, for the account
    /// acted on, that nobody is told of new messages while it has no contact details (PX8).
    /// </summary>
    private async Task<IReadOnlyList<StartNotice>> NoticesAsync(SessionPrincipal principal, AccountOverview overview, IReadOnlyList<ProxyView> proxies)
    {
        List<StartNotice> notices = [];
        if (principal.ActingFor is not null)
        {
            notices.Add(new StartNotice(StartNoticeCodes.ActingProxyEndsAt13, overview.Name, overview.ThirteenthBirthday));
        }
        else
        {
            var active = proxies.Where(p => p.Status == ProxyStatus.Active).ToList();
            var children = await Task.WhenAll(active.Select(p => Grains.Account(p.Personnummer).GetOverviewAsync(principal.Subject)));
            notices.AddRange(children.Zip(active).Select(c => new StartNotice(StartNoticeCodes.ProxyEndsAt13, c.Second.Name, c.First.ThirteenthBirthday)));
        }

        if (overview.Contacts.IsEmpty)
        {
            notices.Add(new StartNotice(StartNoticeCodes.NoContacts, principal.ActingFor is null ? null : overview.Name, null));
        }

        return notices;
    }

    private async Task<SessionDecision> DecideForResidentAsync(AccessRequest request, SessionPrincipal principal, DateTimeOffset now)
    {
        if (request.Area == AccessArea.StaffApi)
        {
            return SessionDecision.Forbidden(SessionCodes.StaffOnly, principal);
        }

        var forSelf = principal.ActingFor is null || request.Area == AccessArea.ResidentSelf;
        var own = await (ownAccount ??= Grains.Account(principal.Subject))
            .CheckAccessAsync(forSelf ? new AccountAccessCheck(request.Area, request.Service) : new AccountAccessCheck(AccessArea.ResidentApi, null));
        if (own.EndsSession)
        {
            var reason = own.Code == AccessCodes.AccountLocked ? SessionEndReason.Locked : SessionEndReason.Deceased;
            await EndCoreAsync(reason, now, notifyAccount: false);
            return SessionDecision.Unauthenticated(own.Code ?? AccessCodes.SessionEnded);
        }

        if (forSelf)
        {
            return own.Allowed ? SessionDecision.Allowed(principal) : SessionDecision.Forbidden(own.Code ?? AccessCodes.SessionEnded, principal);
        }

        return await DecideForProxyAsync(request, principal);
    }

    /// <summary>
    /// Proxy mode: the relationship must still hold (the registry is asked: custody, protected identity and death take
    /// effect at the guardian's next request, PX7), and the child's account decides what the guardian may do for it.
    /// </summary>
    private async Task<SessionDecision> DecideForProxyAsync(AccessRequest request, SessionPrincipal principal)
    {
        var outcome = await Grains.Relationship(principal.Subject, principal.ActingFor!).CheckForUseAsync();
        if (!outcome.Succeeded)
        {
            if (outcome.Code == ProxyCodes.RegistryUnavailable)
            {
                return SessionDecision.Forbidden(ProxyCodes.RegistryUnavailable, principal);
            }

            // The session acts for the guardian again (API.md).
            Session.ActingFor = null;
            await CommitAsync();
            return SessionDecision.Forbidden(ProxyCodes.NoActiveProxy, Principal());
        }

        var verdict = await ActedForAccount(principal.ActingFor!)
            .CheckAccessAsync(new AccountAccessCheck(request.Area, request.Service, principal.Subject));
        return verdict.Allowed ? SessionDecision.Allowed(principal) : SessionDecision.Forbidden(verdict.Code ?? ProxyCodes.NoActiveProxy, principal);
    }

    private IResidentAccountGrain ActedForAccount(string child)
    {
        if (actedForAccount is not { } kept || !string.Equals(kept.Child, child, StringComparison.Ordinal))
        {
            kept = (child, Grains.Account(child));
            actedForAccount = kept;
        }

        return kept.Account;
    }

    private async Task EndCoreAsync(SessionEndReason reason, DateTimeOffset now, bool notifyAccount)
    {
        Session.EndedBy = reason;
        Session.EndedAt = now;
        await CommitAsync();
        if (notifyAccount && Session.Started && Session.Kind == SessionKind.Resident)
        {
            await Grains.Account(Session.Subject).SessionEndedAsync(GrainKey);
        }

        DeactivateOnIdle();
    }

    private SessionPrincipal Principal() =>
        new(GrainKey, Session.Kind, Session.Subject, Session.Name, Session.Method, Session.ActingFor, Session.Staff);
}
