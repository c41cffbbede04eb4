namespace IntegrationHub.Grains.Contracts.Start;

/// <summary>An appointment on the start page: when, where, and its FHIR status (booked, cancelled ...).</summary>
[GenerateSerializer]
[Alias("hub.StartAppointment")]
public sealed record StartAppointment(DateTimeOffset Start, string? ClinicName, string Status, string? Description);
