namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary>The body of both login calls: the identity provider's compact JWS.</summary>
public sealed record LoginRequest(string? Assertion);
