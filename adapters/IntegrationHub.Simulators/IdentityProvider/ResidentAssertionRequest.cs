namespace IntegrationHub.Simulators.IdentityProvider;

/// <summary>The body of <c>POST {base}/control/resident</c> (API.md <c>POST /sim/idp/resident</c>).</summary>
public sealed record ResidentAssertionRequest(string Personnummer, string Method);
