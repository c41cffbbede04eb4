namespace IntegrationHub.Domain.Contacts;

/// <summary>Normalised notification contacts: a mobile number in E.164 and an e-mail address; null for none.</summary>
public sealed record ContactDetails(string? Mobile, string? Email);
