using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Accounts;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>Every read of a resident's data by a client is recorded on the resident's account before the answer leaves (ST2, SEC3).</summary>
internal static class FhirAuditedRead
{
    public static Task RecordAsync(HubGrains grains, string personnummer, FhirCaller caller, string what) =>
        grains.Account(personnummer).RecordClientReadAsync(new ClientAccess(caller.ClientId, what));

    /// <summary>
    /// A read of the person: what the registry says now, the read on the record before this returns (unless the person is
    /// unknown or the registry cannot be asked, when nothing was read). One registry call when the account's copy is
    /// current; when it is behind, the account takes the registry's facts as it records the read.
    /// </summary>
    public static async Task<ClientPersonRead> ReadPersonAsync(HubGrains grains, string personnummer, FhirCaller caller, string what)
    {
        var access = new ClientAccess(caller.ClientId, what);
        var account = grains.Account(personnummer);
        var read = await account.ReadPersonForClientAsync(access);
        if (read.Person is not null && !read.Recorded)
        {
            await account.RecordClientReadAsync(access);
            return read with { Recorded = true };
        }

        return read;
    }
}
