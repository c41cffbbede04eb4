namespace IntegrationHub.Gateway.Assertions;

/// <summary>A signed assertion and the hub time it was issued at (its <c>iat</c> and <c>nbf</c>).</summary>
internal sealed record HopOutAssertion(string Token, DateTimeOffset IssuedAt);
