using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Contracts.Clinics;
using IntegrationHub.Grains.Contracts.Daily;
using IntegrationHub.Grains.Contracts.Locks;
using IntegrationHub.Grains.Contracts.Proxies;
using IntegrationHub.Grains.Contracts.Sessions;

namespace IntegrationHub.Grains.Contracts.Keys;

/// <summary>
/// The hub's grains by what callers know of them: a resident by personnummer (the grain is keyed by its pseudonym), a
/// relationship by guardian and child, the rest by their opaque ids. Gateways and grains take their grains from here.
/// </summary>
public sealed class HubGrains(IGrainFactory grains, ResidentPseudonyms pseudonyms)
{
    public ResidentPseudonyms Pseudonyms => pseudonyms;

    public IResidentAccountGrain Account(string personnummer) => grains.GetGrain<IResidentAccountGrain>(pseudonyms.Of(personnummer));

    public IProxyRelationshipGrain Relationship(string guardian, string child) =>
        grains.GetGrain<IProxyRelationshipGrain>(ProxyRelationshipKey.Of(pseudonyms.Of(guardian), pseudonyms.Of(child)));

    public ISessionGrain Session(string sessionKey) => grains.GetGrain<ISessionGrain>(sessionKey);

    public ICaseGrain Case(string caseId) => grains.GetGrain<ICaseGrain>(caseId);

    public IClinicGrain Clinic(string clinicHsaId) => grains.GetGrain<IClinicGrain>(clinicHsaId);

    public ILockRequestGrain LockRequest(string id) => grains.GetGrain<ILockRequestGrain>(id);

    public IDailyWorkGrain DailyWork() => grains.GetGrain<IDailyWorkGrain>(IDailyWorkGrain.Key);

    public ICaseRetentionGrain CaseRetention() => grains.GetGrain<ICaseRetentionGrain>(ICaseRetentionGrain.Key);
}
