using IntegrationHub.Fhir.Serialization;
using Refit;

namespace IntegrationHub.Adapters.PopulationRegistry;

/// <summary>
/// The population registry's FHIR R4 server. Its answers are FHIR JSON, which <see cref="PopulationRegistryClient"/>
/// reads with the hub's FHIR parser, so the answers come back as they are.
/// </summary>
internal interface IPopulationRegistryApi
{
    /// <summary><c>GET {base}fhir/Patient?identifier={system}|{number}&amp;_revinclude=RelatedPerson:patient</c>.</summary>
    [Get("/fhir/Patient?_revinclude=RelatedPerson:patient")]
    [Headers("Accept: " + FhirJson.MediaType)]
    Task<HttpResponseMessage> SearchPatientAsync(string identifier, CancellationToken cancellationToken);

    /// <summary><c>GET {base}fhir/metadata</c>: the server's CapabilityStatement.</summary>
    [Get("/fhir/metadata")]
    [Headers("Accept: " + FhirJson.MediaType)]
    Task<HttpResponseMessage> GetMetadataAsync(CancellationToken cancellationToken);
}
