using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using IntegrationHub.Fhir.Outcomes;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Appointments;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// Between a FHIR R4 Appointment from a regional booking service and the account's copy (HO3). The hub's rules: one
/// identifier (<c>system</c> and <c>value</c>: later updates name the same one), one participant that is the Patient (by
/// reference or personnummer identifier), and the clinic as a participant named by HSA-id, its name as <c>display</c>.
/// </summary>
internal static class FhirAppointments
{
    private const int MaxTextLength = 1000;

    public static IEnumerable<OperationOutcome.IssueComponent> Rules(Appointment appointment, FhirResourceIds ids)
    {
        if (KeyOf(appointment) is null)
        {
            yield return OperationOutcomes.ErrorIssue(
                OperationOutcome.IssueType.Required, "One identifier with system and value: the booking service's id of the appointment.", "Appointment.identifier");
        }

        if (PatientOf(appointment, ids) is null)
        {
            yield return OperationOutcomes.ErrorIssue(
                OperationOutcome.IssueType.Value, "One participant is the Patient, by reference (Patient/{id}) or by personnummer identifier.", "Appointment.participant");
        }

        if (appointment.Description is { Length: > MaxTextLength })
        {
            yield return OperationOutcomes.ErrorIssue(OperationOutcome.IssueType.TooLong, $"At most {MaxTextLength} characters.", "Appointment.description");
        }
    }

    /// <summary>The booking service's identifier as <c>system|value</c>; null unless exactly one has both.</summary>
    public static string? KeyOf(Appointment appointment) =>
        appointment.Identifier is [{ System: { Length: > 0 } system, Value: { Length: > 0 } value }] ? $"{system}|{value}" : null;

    public static string? PatientOf(Appointment appointment, FhirResourceIds ids)
    {
        var patients = appointment.Participant
            .Select(p => p.Actor)
            .Where(a => a is not null && (a.Type == "Patient" || a.Reference?.StartsWith("Patient/", StringComparison.Ordinal) == true || IdentifierSystems.IsPersonnummer(a.Identifier?.System)))
            .Select(a => FhirPatients.PersonnummerOf(a!, ids))
            .Distinct()
            .ToList();
        return patients is [{ } one] ? one : null;
    }

    public static AppointmentUpdate ToUpdate(Appointment appointment, string source, DateTimeOffset receivedAt)
    {
        var clinic = appointment.Participant
            .Select(p => p.Actor)
            .FirstOrDefault(a => a is not null && IdentifierSystems.IsHsaId(a.Identifier?.System) && !string.IsNullOrEmpty(a.Identifier!.Value));
        return new AppointmentUpdate(
            KeyOf(appointment)!,
            appointment.Status is { } status ? status.GetLiteral() : AppointmentStatuses.Booked,
            appointment.Start,
            appointment.End,
            clinic?.Identifier!.Value,
            clinic?.Display,
            appointment.Description,
            source,
            appointment.Meta?.LastUpdated ?? receivedAt);
    }

    public static Appointment ToAppointment(AppointmentUpdate update, string id, ResourceReference patient)
    {
        var separator = update.Key.LastIndexOf('|');
        var appointment = new Appointment
        {
            Id = id,
            Meta = new Meta { LastUpdated = update.UpdatedAt },
            Identifier = [new Identifier(update.Key[..separator], update.Key[(separator + 1)..])],
            Status = EnumUtility.ParseLiteral<Appointment.AppointmentStatus>(update.Status) ?? Appointment.AppointmentStatus.Booked,
            Start = update.Start,
            End = update.End,
            Description = update.Description,
            Participant =
            [
                new Appointment.ParticipantComponent { Actor = patient, Status = ParticipationStatus.Accepted },
            ],
        };
        if (update.ClinicId is not null)
        {
            appointment.Participant.Add(new Appointment.ParticipantComponent
            {
                Actor = new ResourceReference { Type = "HealthcareService", Identifier = HubIdentifiers.HsaId(update.ClinicId), Display = update.ClinicName },
                Status = ParticipationStatus.Accepted,
            });
        }

        return appointment;
    }
}
