namespace IntegrationHub.Gateway.Fhir;

/// <summary>The client a valid access token speaks for, and the scopes it was granted.</summary>
public sealed record FhirCaller(string ClientId, IReadOnlyList<string> Scopes)
{
    public bool MayRead(string resourceType) => FhirScopes.Allows(Scopes, resourceType, FhirScopes.Read);

    public bool MayWrite(string resourceType) => FhirScopes.Allows(Scopes, resourceType, FhirScopes.Write);
}
