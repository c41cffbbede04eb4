namespace IntegrationHub.Silo.Api.Fhir;

/// <summary>A registered FHIR client (a regional service or the journal system) and the scopes it may be granted.</summary>
public sealed record FhirClientRegistration(string ClientId, IReadOnlyList<string> Scopes);
