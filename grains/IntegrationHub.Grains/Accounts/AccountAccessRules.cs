using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Sessions;

namespace IntegrationHub.Grains.Accounts;

/// <summary>The per-request rules of an account (HO2), from its state alone: lock, death, age limits, proxy, journal.</summary>
internal static class AccountAccessRules
{
    /// <summary>The resident acting for themselves: a lock or a death ends the session; an age limit or a seal refuses.</summary>
    public static AccessVerdict ForSelf(ResidentAccountState account, AccountAccessCheck check, int age)
    {
        if (!account.Known || account.Deceased)
        {
            return AccessVerdict.End(AccessCodes.AccountInactive);
        }

        if (account.Lock is not null)
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

        if (age < service.MinimumAge)
        {
            return AccessVerdict.Deny(AccessCodes.AgeLimit);
        }

        return service.HonoursJournalRestrictions && account.Mirror().Sealed ? AccessVerdict.Deny(AccessCodes.JournalSealed) : AccessVerdict.Allow;
    }

    /// <summary>A guardian acting for this child: never ends the guardian's session, only refuses (PX4, PX9, JR1, JR2, DC1).</summary>
    public static AccessVerdict ForGuardian(ResidentAccountState account, AccountAccessCheck check, string guardian)
    {
        if (account.Deceased)
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
            var mirror = account.Mirror();
            if (mirror.Sealed)
            {
                return AccessVerdict.Deny(AccessCodes.JournalSealed);
            }

            return mirror.BlocksGuardian(guardian) ? AccessVerdict.Deny(AccessCodes.GuardianBlocked) : AccessVerdict.Allow;
        }

        return account.Lock is not null ? AccessVerdict.Deny(AccessCodes.AccountLocked) : AccessVerdict.Allow;
    }

    public static bool HasProtectedIdentity(ResidentAccountState account) => account.Protection != ProtectedIdentity.None;
}
