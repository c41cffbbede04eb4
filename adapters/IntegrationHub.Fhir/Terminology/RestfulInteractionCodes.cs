using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>AuditEvent.subtype of a <c>rest</c> event: the FHIR interaction.</summary>
public static class RestfulInteractionCodes
{
    public const string System = "http://hl7.org/fhir/restful-interaction";

    public const string Read = "read";

    public const string SearchType = "search-type";

    public const string Create = "create";

    public static Coding CodingFor(string code) => new() { System = System, Code = code, Display = code };
}
