namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary>The outcome label of an accepted login in <c>hub.logins</c>; a refused one carries its refusal code.</summary>
internal static class LoginOutcomes
{
    public const string Ok = "ok";
}
