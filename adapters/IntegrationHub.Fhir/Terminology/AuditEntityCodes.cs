using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>AuditEvent.entity type and role: the resident whose data was read is a Person entity in the Patient role.</summary>
public static class AuditEntityCodes
{
    public const string TypeSystem = "http://terminology.hl7.org/CodeSystem/audit-entity-type";

    public const string Person = "1";

    public const string SystemObject = "2";

    public const string RoleSystem = "http://terminology.hl7.org/CodeSystem/object-role";

    public const string PatientRole = "1";

    public const string QueryRole = "24";

    public static Coding PersonType => new() { System = TypeSystem, Code = Person, Display = "Person" };

    public static Coding PatientRoleCoding => new() { System = RoleSystem, Code = PatientRole, Display = "Patient" };
}
