using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Domain.Contacts;
using IntegrationHub.Grains.Audit;
using IntegrationHub.Grains.Inbox;
using IntegrationHub.Grains.Journal;
using IntegrationHub.Grains.Locks;
using IntegrationHub.Grains.Proxies;
using IntegrationHub.Grains.Sessions;
using IntegrationHub.Identity;
using IntegrationHub.Runtime;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Grains.Accounts;

[GrainType("resident-account")]
internal sealed partial class ResidentAccountGrain(
    [PersistentState("account")] IPersistentState<ResidentAccountState> state,
    IPopulationRegistry registry,
    ILogger<ResidentAccountGrain> logger) : Grain, IResidentAccountGrain, IRemindable
{
    private const string LockReviewReminder = "lock-review";

    /// <summary>LK6: a lock together with a journal seal is reviewed regularly; the hub puts it on the register once a year.</summary>
    private static readonly TimeSpan LockReviewInterval = TimeSpan.FromDays(365);

    private ResidentAccountState Account => state.State;

    private Personnummer Personnummer => Personnummer.Parse(GrainKey);

    public async Task<LoginResult> LoginAsync(ResidentLogin login)
    {
        var (person, unavailable) = await AskRegistryAsync();
        if (unavailable)
        {
            // Fail closed (ID3): a login on old data could admit someone who died or moved under protection since.
            LogRegistryUnavailable(logger, Personnummer.ToLogHash());
            return LoginResult.Refused(LoginRefusals.RegistryUnavailable);
        }

        var now = TimeProvider.GetUtcNow();
        if (person is null)
        {
            Audit(now, "login", AuditTrail.Resident, GrainKey, null, "refused", "unknown-in-registry");
            await CommitAsync();
            return LoginResult.Refused(LoginRefusals.LoginRefused);
        }

        var endedSessions = TakeFrom(person, now);
        string? refusal = Account.Deceased ? "deceased" : Account.Lock is not null ? "locked" : null;
        if (refusal is null)
        {
            Account.LiveSessions.Add(login.SessionKey);
        }

        Audit(now, "login", AuditTrail.Resident, GrainKey, null, refusal is null ? "success" : "refused", refusal ?? login.Method);
        await CommitAsync();
        await EndSessionsAsync(endedSessions, SessionEndReason.Deceased);
        return refusal is null ? LoginResult.Admitted(Account.Name) : LoginResult.Refused(LoginRefusals.LoginRefused);
    }

    public Task<AccessVerdict> CheckAccessAsync(AccountAccessCheck check) =>
        Task.FromResult(check.Guardian is null ? CheckOwnAccess(check) : CheckProxyAccess(check, check.Guardian));

    public Task<AccountProfile> GetProfileAsync()
    {
        var age = AgeNow();
        var capabilities = new AccountCapabilities(
            Journal: age >= AgeRules.JournalAge && !Mirror().Sealed,
            Medications: age >= AgeRules.MedicationsAge,
            Proxy: age >= AgeRules.ProxyUserAge);
        return Task.FromResult(Profile(capabilities));
    }

    public Task<AccountProfile> GetProfileForGuardianAsync(string guardian)
    {
        // In proxy mode the capabilities answer what the guardian may use for this child now (PX4, PX9, JR2).
        var capabilities = new AccountCapabilities(
            Journal: CheckProxyAccess(new AccountAccessCheck(AccessArea.HopOut, HopOutService.Journal.Name, guardian), guardian).Allowed,
            Medications: CheckProxyAccess(new AccountAccessCheck(AccessArea.HopOut, HopOutService.Medications.Name, guardian), guardian).Allowed,
            Proxy: false);
        return Task.FromResult(Profile(capabilities));
    }

    public async Task AddProxyChildAsync(string child)
    {
        if (!Account.ProxyChildren.Contains(child))
        {
            Account.ProxyChildren.Add(child);
            await CommitAsync();
        }
    }

    public Task<IReadOnlyList<string>> GetProxyChildrenAsync() => Task.FromResult<IReadOnlyList<string>>([.. Account.ProxyChildren]);

    public async Task<bool> LinkGuardianAsync(string guardian)
    {
        var (person, unavailable) = await AskRegistryAsync();
        if (unavailable)
        {
            return false;
        }

        var ended = person is null ? [] : TakeFrom(person, TimeProvider.GetUtcNow());
        if (!Account.ProxyGuardians.Contains(guardian))
        {
            Account.ProxyGuardians.Add(guardian);
        }

        await CommitAsync();
        await EndSessionsAsync(ended, SessionEndReason.Deceased);
        return true;
    }

    public Task<IReadOnlyList<string>> GetProxyGuardiansAsync() => Task.FromResult<IReadOnlyList<string>>([.. Account.ProxyGuardians]);

    public async Task RunBirthdayStageAsync(string stage)
    {
        var today = StockholmTime.DateOf(TimeProvider.GetUtcNow());
        var birthday = ThirteenthBirthday();
        if (!Account.BirthdayStagesDone.Contains(stage))
        {
            if (today < BirthdayStages.DueOn(stage, birthday))
            {
                return;
            }

            Account.BirthdayStagesDone.Add(stage);
            if (stage == BirthdayStages.Birthday)
            {
                TurnThirteen();
            }
            else if (today < birthday)
            {
                // A notice whose day has passed together with the birthday itself is not sent late.
                foreach (var message in BirthdayMessages.Notices(GrainKey, stage, Account.Name, Account.Guardians))
                {
                    EmitEvent(HubMessageRequested.Topic, message);
                }
            }
        }

        RemoveIndexEntry(BirthdayStages.Index, BirthdayStages.EntryKey(GrainKey, stage));
        await CommitAsync();
    }

    public async Task<string?> UpdateContactsAsync(ContactUpdate update)
    {
        var mobile = update.Mobile is null ? Account.Mobile : update.Mobile.Length == 0 ? null : update.Mobile;
        var email = update.Email is null ? Account.Email : update.Email.Length == 0 ? null : update.Email;
        var validated = ContactDetailsValidator.Validate(mobile, email);
        if (!validated.IsValid)
        {
            return validated.ErrorCode;
        }

        Account.Mobile = validated.Details!.Mobile;
        Account.Email = validated.Details.Email;
        // "By guardian X for child Y" when a guardian acts in proxy mode.
        Audit(TimeProvider.GetUtcNow(), "contacts-updated", AuditTrail.Resident, update.ByGuardian ?? GrainKey, null, "success", update.ByGuardian is null ? null : $"proxy-for:{GrainKey}");
        await CommitAsync();
        return null;
    }

    public async Task SessionEndedAsync(string sessionKey)
    {
        if (Account.LiveSessions.Remove(sessionKey))
        {
            await CommitAsync();
        }
    }

    public async Task<StaffLookupResult> LookUpForStaffAsync(StaffAccess access)
    {
        var (person, unavailable) = await AskRegistryAsync();
        if (unavailable)
        {
            return new StaffLookupResult(null, RegistryUnavailable: true);
        }

        var now = TimeProvider.GetUtcNow();
        if (person is null && !Account.Known)
        {
            return new StaffLookupResult(null, RegistryUnavailable: false);
        }

        var ended = person is null ? [] : TakeFrom(person, now);

        // ST2: the record commits before the answer leaves the grain.
        Audit(now, access.What, AuditTrail.Staff, access.StaffHsaId, access.ClinicHsaId, "success", null);
        await CommitAsync();
        await EndSessionsAsync(ended, SessionEndReason.Deceased);
        var contacts = Account.Mobile is null && Account.Email is null ? null : new ContactDetails(Account.Mobile, Account.Email);
        return new StaffLookupResult(
            new StaffResidentView(
                Account.Name,
                GrainKey,
                Listing: null,
                Locked: Account.Lock is not null,
                LockOrigin: Account.Lock is null ? null : Account.Lock.Origin == LockOrigin.Resident ? "resident" : "region",
                ProtectedIdentity: Account.Protection != ProtectedIdentity.None,
                contacts,
                Account.Deceased),
            RegistryUnavailable: false);
    }

    public async Task RecordStaffReadAsync(StaffAccess access)
    {
        Audit(TimeProvider.GetUtcNow(), access.What, AuditTrail.Staff, access.StaffHsaId, access.ClinicHsaId, "success", null);
        await CommitAsync();
    }

    public async Task RecordClientReadAsync(ClientAccess access)
    {
        // A read acts on the person: what the registry says now (a death, protection) takes effect here too (API.md).
        var (person, unavailable) = await AskRegistryAsync();
        if (unavailable)
        {
            LogRegistryUnavailableAtClientRead(logger, Personnummer.ToLogHash());
        }

        var now = TimeProvider.GetUtcNow();
        var ended = person is null ? [] : TakeFrom(person, now);
        Audit(now, access.What, AuditTrail.Client, access.ClientId, null, "success", null);
        await CommitAsync();
        await EndSessionsAsync(ended, SessionEndReason.Deceased);
    }

    public async Task<LockApplied> ApplyLockAsync(LockApplication application)
    {
        if (!AlreadyApplied(application.RequestId))
        {
            await LockCoreAsync(application);
        }

        var mirror = Mirror();
        // Not only for accounts that have logged in or been looked up: a young child's account is usually unknown here
        // until now, and AgeNow reads the age from the personnummer then (LK1).
        var guardiansKeepAccess = AgeNow() < AgeRules.ProxyUserAge && !mirror.GuardianBlocked;
        return new LockApplied(mirror.Sealed, LockWarnings.For(mirror.Sealed, guardiansKeepAccess));
    }

    private async Task LockCoreAsync(LockApplication application)
    {
        var sessions = Account.LiveSessions.ToList();
        Account.LiveSessions.Clear();
        // A region's lock in force stays the region's when the resident's own lock comes on top of it: otherwise the
        // national support could lift the region's lock without the region's decision (LK9). Both are in the register.
        if (Account.Lock is not { Region: not null } || application.DecidingRegion is not null)
        {
            Account.Lock = new AccountLock(application.RequestId, application.Origin, application.DecidingRegion, application.Reason, application.ExecutedAt);
        }

        Account.LockRegister.Add(new LockRegisterEntry(
            application.RequestId,
            "lock",
            application.Origin,
            application.Reason,
            application.DecidingRegion,
            application.RequestedBy,
            application.DecidedBy,
            application.ExecutedBy,
            application.Emergency,
            application.RequestedAt,
            application.DecidedAt,
            application.ExecutedAt));
        if (application.DecidingRegion is not null)
        {
            WriteJournalNote("Inloggningen till 1177 Vårdguiden spärrades efter beslut av regionen.", application.ExecutedAt);
        }

        Audit(application.ExecutedAt, "lock", AuditTrail.Staff, application.ExecutedBy, null, "success", application.Reason);
        await CommitAsync();
        await ScheduleLockReviewAsync();

        // LK1: the lock ends every live session at once; each session also asks this grain on its next request.
        await EndSessionsAsync(sessions, SessionEndReason.Locked);
    }

    public async Task ApplyUnlockAsync(UnlockApplication application)
    {
        if (AlreadyApplied(application.RequestId))
        {
            return;
        }

        // LK10, JR3: the lock goes at once; seals and guardian blocks stay exactly as the journal system set them.
        var lifted = Account.Lock;
        Account.Lock = null;
        Account.LockRegister.Add(new LockRegisterEntry(
            application.RequestId,
            "unlock",
            lifted?.Origin,
            Reason: null,
            application.DecidingRegion,
            application.RequestedBy,
            application.DecidedBy,
            application.ExecutedBy,
            Emergency: false,
            application.RequestedAt,
            application.DecidedAt,
            application.ExecutedAt));
        if (application.DecidingRegion is not null)
        {
            WriteJournalNote("Spärren av inloggningen till 1177 Vårdguiden hävdes efter beslut av regionen.", application.ExecutedAt);
        }

        Audit(application.ExecutedAt, "unlock", AuditTrail.Staff, application.ExecutedBy, null, "success", null);
        await CommitAsync();
        await UnregisterReminderAsync(LockReviewReminder);
    }

    public async Task ReceiveReminderAsync(string reminderName, ReminderTick tick, CancellationToken cancellationToken)
    {
        if (reminderName != LockReviewReminder)
        {
            return;
        }

        if (Account.Lock is null || !Mirror().Sealed)
        {
            await UnregisterReminderAsync(LockReviewReminder, cancellationToken);
            return;
        }

        // The review itself is people's work (central support with the regional chief physician); the register shows it is due.
        var now = TimeProvider.GetUtcNow();
        Account.LockRegister.Add(new LockRegisterEntry(
            $"review-{now:yyyyMMdd}", "review-due", Account.Lock.Origin, Account.Lock.Reason, Account.Lock.Region, "hub", null, "hub", false, now, null, now));
        Audit(now, "lock-review-due", AuditTrail.System, "hub", null, "success", null);
        await CommitAsync();
    }

    private Task ScheduleLockReviewAsync() =>
        Account.Lock is not null && Mirror().Sealed
            ? RegisterOrUpdateReminderAsync(LockReviewReminder, TimeProvider.GetUtcNow() + LockReviewInterval, LockReviewInterval)
            : Task.CompletedTask;

    public Task<AccountLockStatus> GetLockStatusAsync() =>
        Task.FromResult(new AccountLockStatus(
            Account.Lock is not null,
            Account.Lock?.Origin,
            Account.Lock?.Region,
            Account.Known ? Account.Region : null,
            Account.Deceased,
            Account.Known));

    public async Task<IReadOnlyList<LockRegisterEntry>> GetLockRegisterAsync(StaffAccess access)
    {
        Audit(TimeProvider.GetUtcNow(), access.What, AuditTrail.Staff, access.StaffHsaId, access.ClinicHsaId, "success", null);
        await CommitAsync();
        return Account.LockRegister.ToList();
    }

    public async Task<bool> ApplyJournalConsentAsync(JournalConsentUpdate update)
    {
        if (Account.JournalRestrictions.TryGetValue(update.ConsentId, out var held) && held.RecordedAt >= update.RecordedAt)
        {
            // An older (or repeated) update never overwrites a newer one: the journal system may deliver out of order.
            return false;
        }

        var wasSealed = Mirror().Sealed;
        Account.JournalRestrictions[update.ConsentId] = update;
        SetIndexEntry(JournalReconciliationDue.RestrictedIndex, GrainKey, "all", GrainKey);
        Audit(TimeProvider.GetUtcNow(), "journal-restriction", AuditTrail.System, "journal", null, "success", $"{update.Restriction}:{(update.Active ? "active" : "lifted")}");
        await CommitAsync();
        if (!wasSealed)
        {
            await ScheduleLockReviewAsync();
        }

        return true;
    }

    public Task<JournalMirror> GetJournalMirrorAsync() => Task.FromResult(Mirror());

    private AccessVerdict CheckOwnAccess(AccountAccessCheck check)
    {
        if (!Account.Known || Account.Deceased)
        {
            return AccessVerdict.End(AccessCodes.AccountInactive);
        }

        if (Account.Lock is not null)
        {
            return AccessVerdict.End(AccessCodes.AccountLocked);
        }

        if (check.Area != AccessArea.HopOut)
        {
            return AccessVerdict.Allow;
        }

        var service = HopOutService.Find(check.Service);
        if (service is null)
        {
            return AccessVerdict.Deny(AccessCodes.UnknownService);
        }

        if (AgeNow() < service.MinimumAge)
        {
            return AccessVerdict.Deny(AccessCodes.AgeLimit);
        }

        return service.HonoursJournalRestrictions && Mirror().Sealed ? AccessVerdict.Deny(AccessCodes.JournalSealed) : AccessVerdict.Allow;
    }

    /// <summary>A guardian acting for this child: never ends the guardian's session, only refuses (PX4, PX9, JR1, JR2, DC1).</summary>
    private AccessVerdict CheckProxyAccess(AccountAccessCheck check, string guardian)
    {
        if (Account.Deceased)
        {
            return AccessVerdict.Deny(AccessCodes.AccountInactive);
        }

        var service = check.Area == AccessArea.HopOut ? HopOutService.Find(check.Service) : null;
        if (check.Area == AccessArea.HopOut && service is null)
        {
            return AccessVerdict.Deny(AccessCodes.UnknownService);
        }

        if (service is { OpenToProxies: false })
        {
            return AccessVerdict.Deny(AccessCodes.ServiceNotForProxy);
        }

        if (service is { HonoursJournalRestrictions: true })
        {
            // PX9: the guardian's journal access follows the journal's guardian block alone, not the child's lock.
            var mirror = Mirror();
            if (mirror.Sealed)
            {
                return AccessVerdict.Deny(AccessCodes.JournalSealed);
            }

            return mirror.BlocksGuardian(guardian) ? AccessVerdict.Deny(AccessCodes.GuardianBlocked) : AccessVerdict.Allow;
        }

        return Account.Lock is not null ? AccessVerdict.Deny(AccessCodes.AccountLocked) : AccessVerdict.Allow;
    }

    private AccountProfile Profile(AccountCapabilities capabilities) =>
        new(string.IsNullOrWhiteSpace(Account.Name) ? GrainKey : Account.Name, AgeNow(), capabilities, new ContactDetails(Account.Mobile, Account.Email));

    private DateOnly ThirteenthBirthday() => (Account.Known ? Account.BirthDate : Personnummer.BirthDate).AddYears(AgeRules.ProxyUserAge);

    /// <summary>PX5: the relationships end, the contacts and notification settings go, and the child is told.</summary>
    private void TurnThirteen()
    {
        foreach (var guardian in Account.ProxyGuardians)
        {
            EmitEvent(ProxyEndRequested.Topic, new ProxyEndRequested(ProxyRelationshipKey.Of(guardian, GrainKey), ProxyEndReasons.ChildTurned13));
        }

        Account.Mobile = null;
        Account.Email = null;
        EmitEvent(HubMessageRequested.Topic, BirthdayMessages.TurnedThirteen(GrainKey));
        Audit(TimeProvider.GetUtcNow(), "turned-13", AuditTrail.System, "hub", null, "success", "proxies-ended;contacts-erased");
    }

    /// <summary>While the resident is under 13, the birthday work waits in the index the daily sweep reads.</summary>
    private void ScheduleBirthdayWork(DateTimeOffset now)
    {
        var birthday = ThirteenthBirthday();
        if (StockholmTime.DateOf(now) > birthday)
        {
            return;
        }

        foreach (var stage in BirthdayStages.All.Where(s => !Account.BirthdayStagesDone.Contains(s)))
        {
            SetIndexEntry(
                BirthdayStages.Index,
                BirthdayStages.EntryKey(GrainKey, stage),
                BirthdayStages.Partition,
                BirthdayStages.DueOn(stage, birthday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private bool AlreadyApplied(string requestId) => Account.LockRegister.Exists(e => e.RequestId == requestId);

    private JournalMirror Mirror() => new([.. Account.JournalRestrictions.Values.OrderBy(r => r.RecordedAt)]);

    private int AgeNow() => AgeRules.AgeAt(Account.Known ? Account.BirthDate : Personnummer.BirthDate, TimeProvider.GetUtcNow());

    /// <summary>Copies what the registry says now; a death deactivates the account for good (ID3, DC1).</summary>
    /// <returns>The sessions a death ended.</returns>
    private List<string> TakeFrom(RegistryPerson person, DateTimeOffset now)
    {
        Account.Known = true;
        Account.GivenName = person.GivenName;
        Account.FamilyName = person.FamilyName;
        Account.BirthDate = person.BirthDate;
        Account.Region = person.Region;
        Account.Protection = person.Protection;
        Account.Guardians = [.. person.Guardians.Select(g => g.Value)];
        ScheduleBirthdayWork(now);
        if (!person.Deceased || Account.Deceased)
        {
            return [];
        }

        Account.Deceased = true;
        Account.DeactivatedAt = now;
        Audit(now, "deactivated", AuditTrail.System, "population-registry", null, "success", "deceased");
        var sessions = Account.LiveSessions.ToList();
        Account.LiveSessions.Clear();
        return sessions;
    }

    private void WriteJournalNote(string text, DateTimeOffset at) =>
        EmitEvent(JournalNoteRequested.Topic, new JournalNoteRequested(GrainKey, JournalNoteRequested.LoginTitle, text, at));

    private void Audit(DateTimeOffset at, string action, string actorKind, string actor, string? clinic, string outcome, string? detail)
    {
        var record = new AuditRecord(Guid.CreateVersion7(at), at, action, actorKind, actor, clinic, outcome, detail);
        var (entryKey, sortKey, payload) = AuditTrail.Row(record);
        SetIndexEntry(AuditIndex.Name, entryKey, GrainKey, sortKey, payload);
    }

    private Task CommitAsync() => state.WriteStateAsync();

    /// <summary>What the population registry says of this person now, or that it could not be asked.</summary>
    private async Task<(RegistryPerson? Person, bool Unavailable)> AskRegistryAsync()
    {
        try
        {
            return (await registry.FindAsync(Personnummer, CancellationToken.None), false);
        }
        catch (RegistryUnavailableException)
        {
            return (null, true);
        }
    }

    private async Task EndSessionsAsync(IReadOnlyList<string> sessionKeys, SessionEndReason reason)
    {
        if (sessionKeys.Count > 0)
        {
            await Task.WhenAll(sessionKeys.Select(key => GrainFactory.GetGrain<ISessionGrain>(key).EndAsync(reason)));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Population registry unavailable at login for resident {ResidentHash}; login refused")]
    private static partial void LogRegistryUnavailable(ILogger logger, string residentHash);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Population registry unavailable at a FHIR client's read of resident {ResidentHash}; the read is recorded on the account's copy")]
    private static partial void LogRegistryUnavailableAtClientRead(ILogger logger, string residentHash);
}
