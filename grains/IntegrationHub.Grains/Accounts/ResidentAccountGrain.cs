using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Grains.Audit;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Audit;
using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Grains.Effects;
using IntegrationHub.Identity;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Grains.Accounts;

/// <summary>
/// A resident's account, keyed by the resident's pseudonym. This file holds login, the copy of the registry's facts and
/// the per-request rules; the other parts of the class hold proxies and birthdays, locks, the journal mirror and staff
/// access, each over the same state.
/// </summary>
[GrainType("resident-account")]
internal sealed partial class ResidentAccountGrain(
    [PersistentState("account", HubStorage.Name)] IPersistentState<ResidentAccountState> state,
    HubGrainContext hub,
    IPopulationRegistry registry,
    ILogger<ResidentAccountGrain> logger) : HubGrain<ResidentAccountState>(state, hub), IResidentAccountGrain
{
    private string? number;

    private ResidentAccountState Account => State;

    /// <summary>The resident's personnummer, from the pseudonym the grain is keyed by; never logged.</summary>
    private string Number => number ??= Pseudonyms.Reveal(GrainKey);

    private Personnummer Personnummer => Personnummer.Parse(Number);

    public async Task<LoginResult> LoginAsync(ResidentLogin login)
    {
        var (person, unavailable) = await AskRegistryAsync();
        if (unavailable)
        {
            // Fail closed (ID3): a login on old data could admit someone who died or moved under protection since.
            LogRegistryUnavailable(logger, GrainKey);
            return LoginResult.Refused(LoginRefusals.RegistryUnavailable);
        }

        var now = Clock.GetUtcNow();
        if (person is null)
        {
            Audit(now, "login", AuditTrail.Resident, Number, null, "refused", "unknown-in-registry");
            await WriteRowsAsync();
            return LoginResult.Refused(LoginRefusals.LoginRefused);
        }

        var endedSessions = TakeFrom(person, now);
        string? refusal = Account.Deceased ? "deceased" : Account.Lock is not null ? "locked" : null;
        if (refusal is null)
        {
            Account.LiveSessions.Add(login.SessionKey);
        }

        Audit(now, "login", AuditTrail.Resident, Number, null, refusal is null ? "success" : "refused", refusal ?? login.Method);
        await CommitAsync();
        EndSessions(endedSessions, SessionEndReason.Deceased);
        return refusal is null ? LoginResult.Admitted(Account.Name) : LoginResult.Refused(LoginRefusals.LoginRefused);
    }

    public Task<AccessVerdict> CheckAccessAsync(AccountAccessCheck check) =>
        Task.FromResult(check.Guardian is null
            ? AccountAccessRules.ForSelf(Account, check, AgeNow())
            : AccountAccessRules.ForGuardian(Account, check, check.Guardian));

    public Task<AccountProfile> GetProfileAsync()
    {
        var age = AgeNow();
        var capabilities = new AccountCapabilities(
            Journal: age >= AgeRules.JournalAge && !Account.Mirror().Sealed,
            Medications: age >= AgeRules.MedicationsAge,
            Proxy: age >= AgeRules.ProxyUserAge);
        return Task.FromResult(Profile(capabilities));
    }

    public Task<AccountProfile> GetProfileForGuardianAsync(string guardian)
    {
        // In proxy mode the capabilities answer what the guardian may use for this child now (PX4, PX9, JR2).
        var capabilities = new AccountCapabilities(
            Journal: AccountAccessRules.ForGuardian(Account, new AccountAccessCheck(AccessArea.HopOut, HopOutService.Journal.Name, guardian), guardian).Allowed,
            Medications: AccountAccessRules.ForGuardian(Account, new AccountAccessCheck(AccessArea.HopOut, HopOutService.Medications.Name, guardian), guardian).Allowed,
            Proxy: false);
        return Task.FromResult(Profile(capabilities));
    }

    public async Task<string?> UpdateContactsAsync(ContactUpdate update)
    {
        var mobile = update.Mobile is null ? Account.Mobile : update.Mobile.Length == 0 ? null : update.Mobile;
        var email = update.Email is null ? Account.Email : update.Email.Length == 0 ? null : update.Email;
        var validated = Domain.Contacts.ContactDetailsValidator.Validate(mobile, email);
        if (!validated.IsValid)
        {
            return validated.ErrorCode;
        }

        Account.Mobile = validated.Details!.Mobile;
        Account.Email = validated.Details.Email;

        // "By guardian X for child Y" when a guardian acts in proxy mode.
        Audit(Clock.GetUtcNow(), "contacts-updated", AuditTrail.Resident, update.ByGuardian ?? Number, null, "success", update.ByGuardian is null ? null : $"proxy-for:{Number}");
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

    private AccountProfile Profile(AccountCapabilities capabilities) =>
        new(DisplayName, AgeNow(), capabilities, new ContactDetails(Account.Mobile, Account.Email));

    /// <summary>The name as registered, or the personnummer for someone without one yet (a newborn, PX2).</summary>
    private string DisplayName => string.IsNullOrWhiteSpace(Account.Name) ? Number : Account.Name;

    private int AgeNow() => AgeRules.AgeAt(Account.Known ? Account.BirthDate : Personnummer.BirthDate, Clock.GetUtcNow());

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
        Account.Listing = person.Listing is null ? null : new ListingView(person.Listing.ClinicId, person.Listing.Name);
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

    /// <summary>
    /// Whether the account's copy already holds what the registry says, so that <see cref="TakeFrom"/> would change nothing:
    /// the same facts it copies, a death already taken, the birthday work already scheduled.
    /// </summary>
    private bool HoldsAlready(RegistryPerson person, DateTimeOffset now) =>
        Account.Known
        && string.Equals(Account.GivenName, person.GivenName, StringComparison.Ordinal)
        && string.Equals(Account.FamilyName, person.FamilyName, StringComparison.Ordinal)
        && Account.BirthDate == person.BirthDate
        && string.Equals(Account.Region, person.Region, StringComparison.Ordinal)
        && Account.Protection == person.Protection
        && Account.Guardians.SequenceEqual(person.Guardians.Select(g => g.Value), StringComparer.Ordinal)
        && Account.Listing == (person.Listing is null ? null : new ListingView(person.Listing.ClinicId, person.Listing.Name))
        && (!person.Deceased || Account.Deceased)
        && BirthdayWorkScheduled(now);

    /// <summary>An access or change recorded for the resident (ST2, SEC3, LK5): durable before the answer leaves.</summary>
    private void Audit(DateTimeOffset at, string action, string actorKind, string actor, string? clinic, string outcome, string? detail)
    {
        var (entryKey, sortKey, payload) = AuditRow(at, action, actorKind, actor, clinic, outcome, detail);
        WriteRowFirst(AuditIndex.Name, entryKey, Number, sortKey, payload);
    }

    /// <summary>The same record as <see cref="Audit"/>, durable when the task completes, for a read-only call that changes no state.</summary>
    private Task AuditNowAsync(DateTimeOffset at, string action, string actorKind, string actor, string? clinic, string outcome, string? detail)
    {
        var (entryKey, sortKey, payload) = AuditRow(at, action, actorKind, actor, clinic, outcome, detail);
        return WriteRowNowAsync(AuditIndex.Name, entryKey, Number, sortKey, payload);
    }

    private static (string EntryKey, string SortKey, string Payload) AuditRow(
        DateTimeOffset at, string action, string actorKind, string actor, string? clinic, string outcome, string? detail) =>
        AuditTrail.Row(new AuditRecord(Guid.CreateVersion7(at), at, action, actorKind, actor, clinic, outcome, detail));

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

    /// <summary>
    /// LK1, DC1: the sessions end at once. One-way: the account never waits on a session, which may itself be waiting on
    /// this account (its per-request check); each session also asks the account again at its next request.
    /// </summary>
    private void EndSessions(IReadOnlyList<string> sessionKeys, SessionEndReason reason)
    {
        foreach (var key in sessionKeys)
        {
            _ = Grains.Session(key).EndByAccountAsync(reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Population registry unavailable at login of resident {Resident}; login refused")]
    private static partial void LogRegistryUnavailable(ILogger logger, string resident);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Population registry unavailable at a FHIR client's read of resident {Resident}; the read is recorded on the account's copy")]
    private static partial void LogRegistryUnavailableAtClientRead(ILogger logger, string resident);
}
