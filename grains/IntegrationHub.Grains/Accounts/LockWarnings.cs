using IntegrationHub.Grains.Contracts.Accounts;

namespace IntegrationHub.Grains.Accounts;

/// <summary>What whoever locks must be told (LK1): a lock is not a seal, and a young child's guardians keep journal access.</summary>
internal static class LockWarnings
{
    public const string NotSealed =
        "The lock stops login to the e-services but does not seal the journal: it stays reachable by a direct link. " +
        "Seal it in the journal system if it must not be read.";

    public const string GuardiansKeepAccess =
        " The resident is a child: guardians keep access to the journal until they are blocked in the journal system.";

    public static string? For(bool journalSealed, bool guardiansKeepAccess)
    {
        if (journalSealed)
        {
            return null;
        }

        return guardiansKeepAccess ? NotSealed + GuardiansKeepAccess : NotSealed;
    }
}
