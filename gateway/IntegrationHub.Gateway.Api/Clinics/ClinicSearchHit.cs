namespace IntegrationHub.Gateway.Api.Clinics;

/// <summary>One clinic found by <c>GET /api/clinics?q=</c>: its HSA-id, name, county code and the case types it offers now.</summary>
internal sealed record ClinicSearchHit(string ClinicId, string Name, string Region, IReadOnlyList<string> CaseTypes);
