using IntegrationHub.Grains.Contracts.Calls;
using Orleans.Concurrency;
using IntegrationHub.Grains.Contracts.Appointments;
using IntegrationHub.Grains.Contracts.Locks;

namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// A resident's account, keyed by the resident's pseudonym (<see cref="Keys.ResidentPseudonyms"/>), never the personnummer. It owns the rules that decide access (lock, deceased, age limits,
/// the journal's seal and guardian block) and its own register of locks and unlocks.
/// </summary>
[Alias("hub.IResidentAccountGrain")]
public interface IResidentAccountGrain : IGrainWithStringKey
{
    /// <summary>Asks the population registry (always, ID3), then admits or refuses; a death deactivates the account.</summary>
    Task<LoginResult> LoginAsync(ResidentLogin login);

    /// <summary>The per-request rules, from the account's state alone (no registry call).</summary>
    [ReadOnly]
    [Idempotent]
    Task<AccessVerdict> CheckAccessAsync(AccountAccessCheck check);

    [ReadOnly]
    [Idempotent]
    Task<AccountProfile> GetProfileAsync();

    /// <summary>The child's profile as a guardian acting for it sees it: capabilities are the guardian's in proxy mode.</summary>
    [ReadOnly]
    [Idempotent]
    Task<AccountProfile> GetProfileForGuardianAsync(string guardian);

    /// <summary>On the guardian's account: remembers a child the guardian acts for, for the start page.</summary>
    Task AddProxyChildAsync(string child);

    [ReadOnly]
    [Idempotent]
    Task<IReadOnlyList<string>> GetProxyChildrenAsync();

    /// <summary>
    /// On the child's account: reads the registry (the child may never have logged in, PX2) and remembers the guardian.
    /// False when the registry cannot be asked.
    /// </summary>
    Task<bool> LinkGuardianAsync(string guardian);

    [ReadOnly]
    [Idempotent]
    Task<IReadOnlyList<string>> GetProxyGuardiansAsync();

    /// <summary>One stage of the 13th-birthday work (PX5, PX6): idempotent, so a second sweep does nothing.</summary>
    Task RunBirthdayStageAsync(string stage);

    /// <summary>Sets the contact details notifications go to; returns the refusal code, or null when stored.</summary>
    Task<string?> UpdateContactsAsync(ContactUpdate update);

    Task SessionEndedAsync(string sessionKey);

    /// <summary>ST1: what staff see of the resident; reads the registry and writes the audit record first (ST2).</summary>
    Task<StaffLookupResult> LookUpForStaffAsync(StaffAccess access);

    /// <summary>A FHIR client's read of this resident's data: the audit record commits before the caller answers (ST2, SEC3).</summary>
    Task RecordClientReadAsync(ClientAccess access);

    /// <summary>
    /// A FHIR client's read of the person (a Patient): asks the registry (API.md: at every Patient read) and, when the
    /// account's copy already holds what it says, records the read before answering (ST2, SEC3) without writing the
    /// account; such reads of one account run side by side. When the copy is behind, nothing is recorded
    /// (<see cref="ClientPersonRead.Recorded"/> false) and the caller records the read with <see cref="RecordClientReadAsync"/>,
    /// which takes the registry's facts (a death, a protection) before the answer leaves.
    /// </summary>
    [ReadOnly]
    Task<ClientPersonRead> ReadPersonForClientAsync(ClientAccess access);

    /// <summary>
    /// ST2: a staff read of data the account does not hold itself (a case). The record is the account's, so it stays when
    /// the case is deleted after two years (CS7): the access log outlives what was read.
    /// </summary>
    Task RecordStaffReadAsync(StaffAccess access);

    Task<LockApplied> ApplyLockAsync(LockApplication application);

    /// <summary>LK6: when the yearly review of a lock made with a journal seal is due, puts it on the register (daily work).</summary>
    Task ReviewLockAsync();

    Task ApplyUnlockAsync(UnlockApplication application);

    [ReadOnly]
    [Idempotent]
    Task<AccountLockStatus> GetLockStatusAsync();

    Task<IReadOnlyList<LockRegisterEntry>> GetLockRegisterAsync(StaffAccess access);

    /// <summary>Mirrors the journal system's seal or guardian block (JR1, JR2); older updates never overwrite newer ones.</summary>
    Task<bool> ApplyJournalConsentAsync(JournalConsentUpdate update);

    [ReadOnly]
    [Idempotent]
    Task<JournalMirror> GetJournalMirrorAsync();

    /// <summary>
    /// HO3: the account's part of the start page. <paramref name="guardian"/> is set when a guardian acts for this child:
    /// then the services are what that guardian may use for it (PX4, PX9, JR2).
    /// </summary>
    [ReadOnly]
    Task<AccountOverview> GetOverviewAsync(string? guardian);

    /// <summary>
    /// A booked, changed or cancelled appointment from a regional booking service (HO3). Order-safe: an update older than
    /// the one held for the same identifier is ignored (false); true when the account's copy changed.
    /// </summary>
    Task<bool> ApplyAppointmentAsync(AppointmentUpdate update);

    /// <summary>The appointments as held, each as last updated.</summary>
    [ReadOnly]
    Task<IReadOnlyList<AppointmentUpdate>> GetAppointmentsAsync();
}
