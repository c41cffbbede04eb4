namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary>Login refusals of API.md that the gateway itself decides.</summary>
public static class LoginCodes
{
    public const string InvalidAssertion = "invalid_assertion";
    public const string NotInHsa = "not_in_hsa";
    public const string DirectoryUnavailable = "directory_unavailable";
    public const string InvalidRequest = "invalid_request";
}
