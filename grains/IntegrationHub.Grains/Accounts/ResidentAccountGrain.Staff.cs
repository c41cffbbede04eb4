using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Grains.Audit;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Audit;
using IntegrationHub.Grains.Contracts.Locks;
using IntegrationHub.Grains.Contracts.Sessions;

namespace IntegrationHub.Grains.Accounts;

/// <summary>What staff and FHIR clients read of the account, each read recorded before the answer leaves (ST1, ST2, SEC3).</summary>
internal sealed partial class ResidentAccountGrain
{
    public async Task<StaffLookupResult> LookUpForStaffAsync(StaffAccess access)
    {
        var (person, unavailable) = await AskRegistryAsync();
        if (unavailable)
        {
            return new StaffLookupResult(null, RegistryUnavailable: true);
        }

        var now = Clock.GetUtcNow();
        if (person is null && !Account.Known)
        {
            return new StaffLookupResult(null, RegistryUnavailable: false);
        }

        var ended = person is null ? [] : TakeFrom(person, now);

        // ST2: the record commits before the answer leaves the grain.
        Audit(now, access.What, AuditTrail.Staff, access.StaffHsaId, access.ClinicHsaId, "success", null);
        await CommitAsync();
        EndSessions(ended, SessionEndReason.Deceased);
        var contacts = Account.Mobile is null && Account.Email is null ? null : new ContactDetails(Account.Mobile, Account.Email);
        return new StaffLookupResult(
            new StaffResidentView(
                Account.Name,
                Number,
                Account.Listing,
                Locked: Account.Lock is not null,
                LockOrigin: Account.Lock is null ? null : Account.Lock.Origin == LockOrigin.Resident ? "resident" : "region",
                ProtectedIdentity: AccountAccessRules.HasProtectedIdentity(Account),
                contacts,
                Account.Deceased),
            RegistryUnavailable: false);
    }

    public async Task RecordStaffReadAsync(StaffAccess access)
    {
        Audit(Clock.GetUtcNow(), access.What, AuditTrail.Staff, access.StaffHsaId, access.ClinicHsaId, "success", null);
        await WriteRowsAsync();
    }

    public async Task RecordClientReadAsync(ClientAccess access)
    {
        // A read acts on the person: what the registry says now (a death, protection) takes effect here too (API.md).
        var (person, unavailable) = await AskRegistryAsync();
        if (unavailable)
        {
            LogRegistryUnavailableAtClientRead(logger, GrainKey);
        }

        var now = Clock.GetUtcNow();
        var ended = person is null ? [] : TakeFrom(person, now);
        Audit(now, access.What, AuditTrail.Client, access.ClientId, null, "success", null);
        await CommitAsync();
        EndSessions(ended, SessionEndReason.Deceased);
    }

    public async Task<ClientPersonRead> ReadPersonForClientAsync(ClientAccess access)
    {
        // [ReadOnly]: other reads of this account may run between the awaits here, so this changes no state; a read that
        // would change it (the registry moved on) is left to RecordClientReadAsync, which runs alone.
        var (person, unavailable) = await AskRegistryAsync();
        if (unavailable || person is null)
        {
            return new ClientPersonRead(null, Recorded: false, RegistryUnavailable: unavailable);
        }

        var now = Clock.GetUtcNow();
        var view = new ClientPerson(person.GivenName, person.FamilyName, person.BirthDate, person.Deceased, ProtectionOf(person.Protection));
        if (!HoldsAlready(person, now))
        {
            return new ClientPersonRead(view, Recorded: false, RegistryUnavailable: false);
        }

        // ST2: the audit row alone is the record of a read; it is durable before the answer leaves.
        await AuditNowAsync(now, access.What, AuditTrail.Client, access.ClientId, null, "success", null);
        return new ClientPersonRead(view, Recorded: true, RegistryUnavailable: false);
    }

    private static PersonProtection ProtectionOf(ProtectedIdentity protection) => protection switch
    {
        ProtectedIdentity.Sekretessmarkering => PersonProtection.Sekretessmarkering,
        ProtectedIdentity.SkyddadFolkbokforing => PersonProtection.SkyddadFolkbokforing,
        _ => PersonProtection.None,
    };
}
