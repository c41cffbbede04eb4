using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Cases;
using FhirTask = Hl7.Fhir.Model.Task;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// A case as a Task (<c>businessStatus</c> the case state, <c>owner</c> the clinic) and its messages as Communications
/// <c>partOf</c> the Task. CS4: only the resident, their proxy and the clinic's staff read a case's content, so a FHIR
/// client sees the Task without subject or messages, and only the Communications it sent itself.
/// </summary>
internal static class FhirTasks
{
    public const string CaseStatusSystem = "urn:integrationhub:codesystem:case-status";

    public const string CaseTypeSystem = "urn:integrationhub:codesystem:case-type";

    /// <summary>The system of a FHIR client's id, where the hub names the client (a sender, an audit agent).</summary>
    public const string ClientIdSystem = "urn:integrationhub:fhir-client-id";

    public const string RegionalSender = "regional";

    public static FhirTask Task(CaseView view, string patientId) => new()
    {
        Id = view.Id,
        Status = view.Status switch
        {
            CaseStatuses.New => FhirTask.TaskStatus.Requested,
            CaseStatuses.Closed => FhirTask.TaskStatus.Completed,
            CaseStatuses.AwaitingReply => FhirTask.TaskStatus.OnHold,
            _ => FhirTask.TaskStatus.InProgress,
        },
        BusinessStatus = new CodeableConcept(CaseStatusSystem, view.Status, null, view.Status),
        Intent = FhirTask.TaskIntent.Order,
        Code = view.CaseType is null ? null : new CodeableConcept(CaseTypeSystem, view.CaseType, view.CaseTypeName, null),
        For = FhirPatients.Reference(patientId, view.ResidentPersonnummer),
        AuthoredOnElement = new FhirDateTime(view.CreatedAt),
        LastModifiedElement = new FhirDateTime(view.LastEventAt),
        Owner = view.ClinicId is null ? null : Clinic(view.ClinicId, view.ClinicName),
    };

    /// <summary>The messages of the case that this client sent, as Communications part of the Task.</summary>
    public static IEnumerable<Communication> CommunicationsOf(CaseView view, string patientId, string clientId) =>
        view.Messages
            .Where(m => m.SenderKind == RegionalSender && m.SenderId == clientId)
            .Select(m => Communication(view, m, patientId));

    public static Communication Communication(CaseView view, CaseMessageView message, string patientId)
    {
        var communication = new Communication
        {
            Id = message.Id,
            PartOf = [new ResourceReference { Reference = $"Task/{view.Id}", Type = "Task" }],
            Status = EventStatus.Completed,
            Subject = FhirPatients.Reference(patientId, view.ResidentPersonnummer),
            Topic = view.Subject is null ? null : new CodeableConcept { Text = view.Subject },
            SentElement = new FhirDateTime(message.SentAt),
            Recipient = [FhirPatients.Reference(patientId, view.ResidentPersonnummer)],
            Sender = new ResourceReference
            {
                Type = "Device",
                Identifier = new Identifier(ClientIdSystem, message.SenderId),
                Display = message.SenderName,
            },
        };
        if (message.Text is not null)
        {
            communication.Payload = [new Communication.PayloadComponent { Content = new FhirString(message.Text) }];
        }

        return communication;
    }

    private static ResourceReference Clinic(string hsaId, string? name) =>
        new() { Type = "Organization", Identifier = HubIdentifiers.HsaId(hsaId), Display = name };
}
