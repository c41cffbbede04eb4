namespace IntegrationHub.Simulators.IdentityProvider;

/// <summary><c>{assertion}</c>: a compact JWS.</summary>
public sealed record AssertionResponse(string Assertion);
