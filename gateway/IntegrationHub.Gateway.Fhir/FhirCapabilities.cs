using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Gateway.Fhir;

/// <summary><c>GET metadata</c>: exactly the interactions and search parameters <see cref="FhirEndpoints"/> serves.</summary>
internal static class FhirCapabilities
{
    private const string PatientIdentifier = "patient.identifier";

    public static CapabilityStatement Statement(string baseUrl) => new()
    {
        Url = baseUrl + "/metadata",
        Name = "IntegrationHubFhir",
        Title = "IntegrationHub FHIR R4 API for regional services and the journal system",
        Status = "active",
        Date = "2026-01-01",
        Publisher = "IntegrationHub",
        Kind = "instance",
        Software = new CapabilityStatementSoftware { Name = "IntegrationHub" },
        Implementation = new CapabilityStatementImplementation { Description = "IntegrationHub /fhir/r4", Url = baseUrl },
        FhirVersion = "4.0.1",
        Format = [FhirJson.MediaType],
        Rest =
        [
            new CapabilityStatementRest
            {
                Mode = "server",
                Security = new CapabilityStatementSecurity
                {
                    Service = [CodeableConcept.From("http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR", "SMART-on-FHIR")],
                    Description = $"A bearer access token of a registered client (SMART backend services: a client assertion exchanged at {baseUrl}{FhirTokenEndpoint.Path}); scopes system/{{Type}}.read and system/{{Type}}.write decide what it may do.",
                },
                Resource =
                [
                    Resource("Patient", [RestfulInteractionCodes.Read, RestfulInteractionCodes.SearchType], [Token("identifier")]),
                    Resource("Flag", [RestfulInteractionCodes.SearchType], [Token(PatientIdentifier)]),
                    Resource("RelatedPerson", [RestfulInteractionCodes.SearchType], [Token(PatientIdentifier)]),
                    Resource("Consent", [RestfulInteractionCodes.Create, RestfulInteractionCodes.SearchType], [Token(PatientIdentifier)]),
                    Resource("Communication", [RestfulInteractionCodes.Create], []),
                    Resource("Task", [RestfulInteractionCodes.Read, RestfulInteractionCodes.SearchType], [Token(PatientIdentifier)]) with
                    {
                        SearchRevInclude = ["Communication:part-of"],
                    },
                    Resource("AuditEvent", [RestfulInteractionCodes.SearchType], [Token(PatientIdentifier)]),
                ],
            },
        ],
    };

    private static CapabilityStatementResource Resource(string type, string[] interactions, CapabilityStatementSearchParam[] searchParams) => new()
    {
        Type = type,
        Interaction = [.. interactions.Select(code => new CapabilityStatementResourceInteraction { Code = code })],
        SearchParam = searchParams.Length == 0 ? null : [.. searchParams, new CapabilityStatementSearchParam { Name = "_count", Type = "number" }],
    };

    private static CapabilityStatementSearchParam Token(string name) => new() { Name = name, Type = "token" };
}
