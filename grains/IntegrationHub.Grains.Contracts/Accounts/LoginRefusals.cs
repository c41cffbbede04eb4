namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>Error codes of the login surface (API.md).</summary>
public static class LoginRefusals
{
    public const string LoginRefused = "login_refused";
    public const string RegistryUnavailable = "registry_unavailable";
}
