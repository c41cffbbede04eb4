namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>The refusal codes of the case grain; the API maps them to statuses (API.md).</summary>
public static class CaseCodes
{
    public const string NotFound = "not_found";
    public const string NotAuthorised = "not_authorised";
    public const string CaseClosed = "case_closed";
    public const string RecipientUnavailable = "recipient_unavailable";
    public const string RegistryUnavailable = "registry_unavailable";

    /// <summary>The id is taken by another resident's case (an idempotency key never collides in practice).</summary>
    public const string Conflict = "case_conflict";
}
