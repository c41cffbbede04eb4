namespace IntegrationHub.Grains.Contracts.Appointments;

/// <summary>
/// A booked, changed or cancelled appointment from a regional booking service (FHIR Appointment, HO3). <see cref="Key"/>
/// is the booking service's identifier (<c>system|value</c>): a later update with the same key replaces it.
/// <see cref="UpdatedAt"/> orders updates (the resource's <c>meta.lastUpdated</c>): an older one never overwrites a newer one.
/// </summary>
[GenerateSerializer]
[Alias("hub.AppointmentUpdate")]
public sealed record AppointmentUpdate(
    string Key,
    string Status,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    string? ClinicId,
    string? ClinicName,
    string? Description,
    string Source,
    DateTimeOffset UpdatedAt);
