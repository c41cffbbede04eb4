using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>AuditEvent.type: a FHIR client's read is a <see cref="Rest"/> event, its subtype a <see cref="RestfulInteractionCodes"/> code.</summary>
public static class AuditEventTypeCodes
{
    public const string System = "http://terminology.hl7.org/CodeSystem/audit-event-type";

    public const string Rest = "rest";

    public static Coding RestCoding => new() { System = System, Code = Rest, Display = "RESTful Operation" };
}
