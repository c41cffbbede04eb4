using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Audit;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// Who read a resident's data (ST2, SEC3), as AuditEvents: staff reads (by HSA-id, with their clinic) and FHIR
/// client reads (by client id). Other audit records (logins, locks and their reasons) stay inside the hub (LK5).
/// </summary>
internal static class FhirAuditEvents
{
    /// <summary>The actor kind of a FHIR client's records (the account grain's audit trail).</summary>
    public const string ClientActor = "fhir-client";

    public const string StaffActor = "staff";

    /// <summary>What a FHIR client's read is recorded as: <c>fhir-search:Patient</c>, <c>fhir-read:Task</c>.</summary>
    public static string Search(string resourceType) => "fhir-search:" + resourceType;

    public static string Read(string resourceType) => "fhir-read:" + resourceType;

    private static readonly string[] StaffReads = ["resident-lookup", "lock-register", "case-read", "case-attachment-read"];

    public static bool IsRead(AuditRecord record) =>
        record.ActorKind == ClientActor && record.Action.StartsWith("fhir-", StringComparison.Ordinal)
        || record.ActorKind == StaffActor && StaffReads.Contains(record.Action, StringComparer.Ordinal);

    public static AuditEvent From(AuditRecord record, ResourceReference patient)
    {
        var byClient = record.ActorKind == ClientActor;
        List<AuditEvent.AgentComponent> agents =
        [
            new AuditEvent.AgentComponent
            {
                Who = new ResourceReference
                {
                    Type = byClient ? "Device" : "Practitioner",
                    Identifier = byClient ? new Identifier(FhirTasks.ClientIdSystem, record.Actor) : HubIdentifiers.HsaId(record.Actor),
                },
                AltId = record.Actor,
                Requestor = true,
            },
        ];
        if (record.ActorClinic is not null)
        {
            agents.Add(new AuditEvent.AgentComponent
            {
                Who = new ResourceReference { Type = "Organization", Identifier = HubIdentifiers.HsaId(record.ActorClinic) },
                Requestor = false,
            });
        }

        return new AuditEvent
        {
            Id = record.Id.ToString("N"),
            Type = AuditEventTypeCodes.RestCoding,
            Subtype = [RestfulInteractionCodes.CodingFor(record.Action.StartsWith("fhir-search:", StringComparison.Ordinal) ? RestfulInteractionCodes.SearchType : RestfulInteractionCodes.Read)],
            Action = AuditEvent.AuditEventAction.R,
            Recorded = record.At.ToUniversalTime(),
            Outcome = record.Outcome == "success" ? AuditEvent.AuditEventOutcome.N0 : AuditEvent.AuditEventOutcome.N4,
            Agent = agents,
            Source = new AuditEvent.SourceComponent { Site = "IntegrationHub", Observer = new ResourceReference { Display = "IntegrationHub" } },
            Entity =
            [
                new AuditEvent.EntityComponent { What = patient, Type = AuditEntityCodes.PersonType, Role = AuditEntityCodes.PatientRoleCoding, Description = record.Action },
            ],
        };
    }
}
