using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Grains.Accounts;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Proxies;

namespace IntegrationHub.Grains.Proxies;

/// <summary>Whether a guardian may act for a child now, from what the registry says of both (PX1, PX7, PX10, DC1).</summary>
internal static class ProxyRules
{
    /// <summary>A refusal code and, where an existing relationship must end, its reason; (null, null) when allowed.</summary>
    public static (string? Code, string? EndReason) Judge(RegistryPerson? guardian, RegistryPerson? child, DateTimeOffset now)
    {
        if (guardian is null || child is null || !child.Guardians.Any(g => g.Value == guardian.Personnummer.Value))
        {
            return (ProxyCodes.NotGuardian, ProxyEndReasons.CustodyEnded);
        }

        if (guardian.Deceased || child.Deceased)
        {
            return (ProxyCodes.AccountInactive, ProxyEndReasons.Deceased);
        }

        if (guardian.HasProtectedIdentity || child.HasProtectedIdentity)
        {
            return (ProxyCodes.ProtectedIdentity, ProxyEndReasons.ProtectedIdentity);
        }

        if (AgeRules.AgeAt(child.BirthDate, now) >= AgeRules.ProxyUserAge)
        {
            return (ProxyCodes.ChildTooOld, ProxyEndReasons.ChildTurned13);
        }

        // PX10: only residents of 13 or over use the proxy function.
        if (AgeRules.AgeAt(guardian.BirthDate, now) < AgeRules.ProxyUserAge)
        {
            return (ProxyCodes.ProxyNotAllowed, null);
        }

        return (null, null);
    }
}
