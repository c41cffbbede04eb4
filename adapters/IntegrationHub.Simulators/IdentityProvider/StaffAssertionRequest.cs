namespace IntegrationHub.Simulators.IdentityProvider;

/// <summary>The body of <c>POST {base}/control/staff</c> (API.md <c>POST /sim/idp/staff</c>).</summary>
public sealed record StaffAssertionRequest(string HsaId);
