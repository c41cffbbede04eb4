namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>Refusal codes of per-request checks (API.md, /hop and /api).</summary>
public static class AccessCodes
{
    public const string AgeLimit = "age_limit";
    public const string JournalSealed = "journal_sealed";
    public const string GuardianBlocked = "guardian_blocked";
    public const string ServiceNotForProxy = "service_not_for_proxy";
    public const string AccountLocked = "account_locked";
    public const string AccountInactive = "account_inactive";
    public const string UnknownService = "unknown_service";
    public const string SessionEnded = "session_ended";
}
