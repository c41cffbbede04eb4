using IntegrationHub.Grains.Contracts.Sessions;

namespace IntegrationHub.Grains.Sessions;

/// <summary>Refusals of a session that is live but on the wrong side of the portal.</summary>
public static class SessionCodes
{
    public const string StaffOnly = "staff_only";
    public const string ResidentsOnly = "residents_only";
}
