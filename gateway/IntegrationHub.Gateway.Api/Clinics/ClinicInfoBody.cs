namespace IntegrationHub.Gateway.Api.Clinics;

/// <summary><c>PUT /staff/clinics/{clinicId}/info</c>.</summary>
internal sealed record ClinicInfoBody(string? Html);
