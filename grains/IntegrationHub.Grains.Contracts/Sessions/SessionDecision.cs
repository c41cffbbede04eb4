namespace IntegrationHub.Grains.Contracts.Sessions;

/// <summary>The answer for one request: pass with the principal, 401 (no live session), or 403 with a code.</summary>
[GenerateSerializer]
[Alias("hub.SessionDecision")]
public sealed record SessionDecision(SessionVerdict Verdict, string? Code, SessionPrincipal? Principal)
{
    public static SessionDecision Unauthenticated(string code) => new(SessionVerdict.Unauthenticated, code, null);

    public static SessionDecision Forbidden(string code, SessionPrincipal principal) => new(SessionVerdict.Forbidden, code, principal);

    public static SessionDecision Allowed(SessionPrincipal principal) => new(SessionVerdict.Allowed, null, principal);
}
