using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Cases;

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
            CaseStatuses.New => TaskStatusCodes.Requested,
            CaseStatuses.Closed => TaskStatusCodes.Completed,
            CaseStatuses.AwaitingReply => TaskStatusCodes.OnHold,
            _ => TaskStatusCodes.InProgress,
        },
        BusinessStatus = new CodeableConcept { Coding = [new Coding { System = CaseStatusSystem, Code = view.Status }], Text = view.Status },
        Intent = TaskIntentCodes.Order,
        Code = view.CaseType is null ? null : CodeableConcept.From(CaseTypeSystem, view.CaseType, view.CaseTypeName),
        For = FhirPatients.Reference(patientId, view.ResidentPersonnummer),
        AuthoredOn = FhirDates.FormatDateTime(view.CreatedAt),
        LastModified = FhirDates.FormatDateTime(view.LastEventAt),
        Owner = view.ClinicId is null ? null : Clinic(view.ClinicId, view.ClinicName),
    };

    /// <summary>The messages of the case that this client sent, as Communications part of the Task.</summary>
    public static IEnumerable<Communication> CommunicationsOf(CaseView view, string patientId, string clientId) =>
        view.Messages
            .Where(m => m.SenderKind == RegionalSender && m.SenderId == clientId)
            .Select(m => Communication(view, m, patientId));

    public static Communication Communication(CaseView view, CaseMessageView message, string patientId) => new()
    {
        Id = message.Id,
        PartOf = [new ResourceReference { Reference = $"Task/{view.Id}", Type = "Task" }],
        Status = CommunicationStatusCodes.Completed,
        Subject = FhirPatients.Reference(patientId, view.ResidentPersonnummer),
        Topic = view.Subject is null ? null : new CodeableConcept { Text = view.Subject },
        Sent = FhirDates.FormatDateTime(message.SentAt),
        Recipient = [FhirPatients.Reference(patientId, view.ResidentPersonnummer)],
        Sender = new ResourceReference
        {
            Type = "Device",
            Identifier = new Identifier { System = ClientIdSystem, Value = message.SenderId },
            Display = message.SenderName,
        },
        Payload = message.Text is null ? null : [new CommunicationPayload { ContentString = message.Text }],
    };

    private static ResourceReference Clinic(string hsaId, string? name) =>
        new() { Type = "Organization", Identifier = Identifier.ForHsaId(hsaId), Display = name };
}
