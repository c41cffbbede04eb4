namespace IntegrationHub.Gateway.Api.Cases;

/// <summary><c>POST /staff/messages</c>: a case started by the clinic in the resident's inbox.</summary>
internal sealed record StaffMessageBody(string? Personnummer, string? ClinicId, string? Subject, string? Text);
