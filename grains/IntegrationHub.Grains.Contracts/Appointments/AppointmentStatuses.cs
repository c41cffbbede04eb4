namespace IntegrationHub.Grains.Contracts.Appointments;

/// <summary>FHIR R4 Appointment statuses the start page tells apart (HO3).</summary>
public static class AppointmentStatuses
{
    public const string Booked = "booked";
    public const string Cancelled = "cancelled";
    public const string Fulfilled = "fulfilled";
    public const string NoShow = "noshow";
    public const string EnteredInError = "entered-in-error";

    /// <summary>Whether the start page shows an appointment with this status at all: a mistake is not an appointment.</summary>
    public static bool Shown(string status) => status is not EnteredInError;
}
