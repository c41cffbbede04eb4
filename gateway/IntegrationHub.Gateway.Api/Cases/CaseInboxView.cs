namespace IntegrationHub.Gateway.Api.Cases;

/// <summary><c>GET /api/cases</c>: an object whose <c>cases</c> member is the inbox (API.md allows either shape).</summary>
internal sealed record CaseInboxView(IReadOnlyList<CaseOutput> Cases);
