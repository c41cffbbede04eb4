using System.Collections.Frozen;

namespace IntegrationHub.Gateway.HopOuts;

/// <summary>The outcome of <see cref="IHopOutAuthorizer.AuthorizeAsync"/>.</summary>
public sealed class HopOutDecision
{
    private static readonly FrozenSet<string> ReservedClaims =
        new[] { "iss", "sub", "aud", "iat", "nbf", "exp", "jti", "act" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly HopOutDecision UnauthenticatedDecision = new(HopOutDecisionKind.Unauthenticated, null, null, null, null, null);

    private HopOutDecision(
        HopOutDecisionKind kind,
        string? subject,
        string? actingFor,
        IReadOnlyDictionary<string, string>? extraClaims,
        string? code,
        string? session)
    {
        Kind = kind;
        Subject = subject;
        ActingFor = actingFor;
        ExtraClaims = extraClaims ?? FrozenDictionary<string, string>.Empty;
        Code = code;
        Session = session;
    }

    /// <summary>Allow, unauthenticated or forbidden.</summary>
    public HopOutDecisionKind Kind { get; }

    /// <summary>The logged-in person (a personnummer) when allowed.</summary>
    public string? Subject { get; }

    /// <summary>The person acted for in proxy mode (the child), or null when acting for oneself.</summary>
    public string? ActingFor { get; }

    /// <summary>
    /// The person the assertion is about: <see cref="ActingFor"/> when set, else <see cref="Subject"/>. It becomes
    /// <c>sub</c>; the logged-in person becomes <c>act</c> when the two differ.
    /// </summary>
    public string? ActingPerson => ActingFor ?? Subject;

    /// <summary>Further string claims for the assertion (never the registered claims or <c>act</c>).</summary>
    public IReadOnlyDictionary<string, string> ExtraClaims { get; }

    /// <summary>The refusal code (API.md) when forbidden, e.g. <c>age_limit</c>.</summary>
    public string? Code { get; }

    /// <summary>
    /// The session this decision was made for (its key), or null. With a session the gateway reuses the assertion it
    /// signed for the same session, service and persons while at least half its lifetime remains; without one it signs
    /// a fresh assertion for every request.
    /// </summary>
    public string? Session { get; }

    /// <summary>A refusal with 401: there is no live session.</summary>
    public static HopOutDecision Unauthenticated => UnauthenticatedDecision;

    /// <summary>Forward the request.</summary>
    /// <param name="subject">The logged-in person (personnummer).</param>
    /// <param name="actingFor">The child acted for in proxy mode, or null.</param>
    /// <param name="extraClaims">More string claims for the assertion, or null.</param>
    /// <param name="session">The session decided for (see <see cref="Session"/>), or null.</param>
    /// <exception cref="ArgumentException">A reserved claim name among <paramref name="extraClaims"/>.</exception>
    public static HopOutDecision Allow(
        string subject, string? actingFor = null, IReadOnlyDictionary<string, string>? extraClaims = null, string? session = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        if (extraClaims is not null && extraClaims.Keys.Any(ReservedClaims.Contains))
        {
            throw new ArgumentException("Extra claims may not replace a registered claim or act.", nameof(extraClaims));
        }

        return new HopOutDecision(HopOutDecisionKind.Allow, subject, string.IsNullOrEmpty(actingFor) ? null : actingFor, extraClaims, null, string.IsNullOrEmpty(session) ? null : session);
    }

    /// <summary>A refusal with 403 and this code.</summary>
    public static HopOutDecision Forbidden(string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return new HopOutDecision(HopOutDecisionKind.Forbidden, null, null, null, code, null);
    }

    /// <summary>Redacted: the subjects are personnummer.</summary>
    public override string ToString() => Kind == HopOutDecisionKind.Forbidden ? $"Forbidden({Code})" : Kind.ToString();
}
