namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// A registered FHIR client (a regional service or the journal system), the scopes it may be granted, and the public keys
/// (a JWK Set) its client assertions are signed with; a client without keys gets tokens only through simulation.
/// </summary>
public sealed record FhirClientRegistration(string ClientId, IReadOnlyList<string> Scopes, string? Jwks = null);
