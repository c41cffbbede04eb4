using System.Collections.Concurrent;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// The FHIR clients the hub knows, by client id, with the scopes each may be granted. Production registers them from
/// configuration (<c>Hub:Fhir:Clients:{clientId}:Scopes</c>); in simulation a client is registered on first use with
/// the scopes it asks for (API.md <c>/sim/fhir/token</c>). Thread-safe.
/// </summary>
public sealed class FhirClientRegistry
{
    /// <summary>The journal system's client id: the one client whose Consents the hub mirrors (JR1, JR2).</summary>
    public const string JournalClientId = "journal";

    private readonly ConcurrentDictionary<string, FhirClientRegistration> _clients = new(StringComparer.Ordinal);

    public FhirClientRegistration? Find(string clientId) => _clients.GetValueOrDefault(clientId);

    /// <summary>Registers a client or widens its scopes (and sets its keys, when given); returns the registration as it stands.</summary>
    public FhirClientRegistration Register(string clientId, IEnumerable<string> scopes, string? jwks = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        var added = scopes.Where(FhirScopes.IsWellFormed).ToList();
        return _clients.AddOrUpdate(
            clientId,
            id => new FhirClientRegistration(id, added.Distinct(StringComparer.Ordinal).ToList(), jwks),
            (_, held) => held with { Scopes = held.Scopes.Concat(added).Distinct(StringComparer.Ordinal).ToList(), Jwks = jwks ?? held.Jwks });
    }

    public static bool IsValidClientId(string? clientId) =>
        clientId is { Length: > 0 and <= 64 } && clientId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
