using IntegrationHub.Runtime;

namespace IntegrationHub.Grains.Sessions;

/// <summary>
/// One login session, keyed by the SHA-256 of the session cookie (never the cookie itself). The gateway asks it once
/// per request whether the request may pass; it alone decides, asking the account's own grain for the rules.
/// </summary>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Starts the session once; a session that was already ended (a lock raced the login) stays ended.</summary>
    Task<bool> StartAsync(SessionStart start);

    Task<SessionDecision> AuthorizeAsync(AccessRequest request);

    Task EndAsync(SessionEndReason reason);

    Task<SessionPrincipal?> GetPrincipalAsync();

    /// <summary>Proxy mode (PX3): the session acts for the child from now on. Returns a refusal code, or null.</summary>
    Task<string?> ActAsAsync(string child);

    /// <summary>Acts for the logged-in resident again.</summary>
    Task StopActingAsync();
}
