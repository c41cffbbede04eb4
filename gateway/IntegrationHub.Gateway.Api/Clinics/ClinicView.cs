namespace IntegrationHub.Gateway.Api.Clinics;

/// <summary>
/// <c>GET /api/clinics/{clinicId}</c>: the clinic, its information text (null when none, so the portal shows no
/// "Other information" heading: CS10) and the case types it offers.
/// </summary>
internal sealed record ClinicView(string Id, string Name, string Region, string? Info, IReadOnlyList<ClinicCaseTypeView> CaseTypes);
