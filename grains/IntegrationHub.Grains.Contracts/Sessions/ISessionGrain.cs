using IntegrationHub.Grains.Contracts.Calls;
using Orleans.Concurrency;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Start;

namespace IntegrationHub.Grains.Contracts.Sessions;

/// <summary>
/// One login session, keyed by the SHA-256 of the session cookie (never the cookie itself). The gateway asks it once
/// per request whether the request may pass; it alone decides, asking the account's own grain for the rules.
/// </summary>
[Alias("hub.ISessionGrain")]
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Starts the session once; a session that was already ended (a lock raced the login) stays ended.</summary>
    Task<bool> StartAsync(SessionStart start);

    [Idempotent]
    Task<SessionDecision> AuthorizeAsync(AccessRequest request);

    /// <summary>Ends the session (logout).</summary>
    Task EndAsync(SessionEndReason reason);

    /// <summary>
    /// The account ends the session (a lock, a death) without waiting for it: the session may at that moment be waiting
    /// on the account for its per-request check, and a wait in both directions would deadlock.
    /// </summary>
    [OneWay]
    Task EndByAccountAsync(SessionEndReason reason);

    [Idempotent]
    Task<SessionPrincipal?> GetPrincipalAsync();

    /// <summary>
    /// <c>GET /api/me</c> for this session: the acting user's name, age, capabilities and contacts, the logged-in
    /// guardian's proxy relationships and whom the session acts for; null without a live session.
    /// </summary>
    [Idempotent]
    Task<MeView?> GetMeAsync();

    /// <summary><c>GET /api/start</c> (HO3): the start page of the acting identity; null without a live resident session.</summary>
    Task<StartView?> GetStartAsync();

    /// <summary>Proxy mode (PX3): the session acts for the child from now on. Returns a refusal code, or null.</summary>
    Task<string?> ActAsAsync(string child);

    /// <summary>Acts for the logged-in resident again.</summary>
    Task StopActingAsync();
}
