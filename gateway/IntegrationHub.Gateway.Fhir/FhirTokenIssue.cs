using System.Text.Json.Serialization;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>An access token and what it grants, as an OAuth 2.0 token response (RFC 6749 §5.1).</summary>
public sealed record FhirTokenIssue(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope);
