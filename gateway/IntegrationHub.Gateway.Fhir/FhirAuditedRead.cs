using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Accounts;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>Every read of a resident's data by a client is recorded on the resident's account before the answer leaves (ST2, SEC3).</summary>
internal static class FhirAuditedRead
{
    public static Task RecordAsync(HubGrains grains, string personnummer, FhirCaller caller, string what) =>
        grains.Account(personnummer).RecordClientReadAsync(new ClientAccess(caller.ClientId, what));
}
