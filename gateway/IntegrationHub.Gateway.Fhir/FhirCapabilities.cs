using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Serialization;
using Interaction = Hl7.Fhir.Model.CapabilityStatement.TypeRestfulInteraction;

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
        Status = PublicationStatus.Active,
        Date = "2026-01-01",
        Publisher = "IntegrationHub",
        Kind = CapabilityStatementKind.Instance,
        Software = new CapabilityStatement.SoftwareComponent { Name = "IntegrationHub" },
        Implementation = new CapabilityStatement.ImplementationComponent { Description = "IntegrationHub /fhir/r4", Url = baseUrl },
        FhirVersion = FHIRVersion.N4_0_1,
        Format = [FhirJson.MediaType],
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Security = new CapabilityStatement.SecurityComponent
                {
                    Service = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR", "SMART-on-FHIR", null)],
                    Description = $"A bearer access token of a registered client (SMART backend services: a client assertion exchanged at {baseUrl}{FhirTokenEndpoint.Path}); scopes system/{{Type}}.read and system/{{Type}}.write decide what it may do.",
                },
                Resource =
                [
                    Resource("Patient", [Interaction.Read, Interaction.SearchType], [Token("identifier")]),
                    Resource("Flag", [Interaction.SearchType], [Token(PatientIdentifier)]),
                    Resource("RelatedPerson", [Interaction.SearchType], [Token(PatientIdentifier)]),
                    Resource("Consent", [Interaction.Create, Interaction.SearchType], [Token(PatientIdentifier)]),
                    Resource("Communication", [Interaction.Create], []),
                    Resource("Task", [Interaction.Read, Interaction.SearchType], [Token(PatientIdentifier)], revIncludes: ["Communication:part-of"]),
                    Resource("Appointment", [Interaction.Create, Interaction.Update, Interaction.SearchType], [Token(PatientIdentifier)], conditionalUpdate: true),
                    Resource("AuditEvent", [Interaction.SearchType], [Token(PatientIdentifier)]),
                ],
            },
        ],
    };

    private static CapabilityStatement.ResourceComponent Resource(
        string type, Interaction[] interactions, CapabilityStatement.SearchParamComponent[] searchParams, string[]? revIncludes = null, bool conditionalUpdate = false) => new()
    {
        ConditionalUpdate = conditionalUpdate ? true : null,
        Type = type,
        Interaction = [.. interactions.Select(code => new CapabilityStatement.ResourceInteractionComponent { Code = code })],
        SearchParam = searchParams.Length == 0 ? [] : [.. searchParams, new CapabilityStatement.SearchParamComponent { Name = "_count", Type = SearchParamType.Number }],
        SearchRevInclude = revIncludes ?? [],
    };

    private static CapabilityStatement.SearchParamComponent Token(string name) => new() { Name = name, Type = SearchParamType.Token };
}
