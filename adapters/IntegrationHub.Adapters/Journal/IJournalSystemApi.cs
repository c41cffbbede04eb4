using IntegrationHub.Fhir.Serialization;
using Refit;

namespace IntegrationHub.Adapters.Journal;

/// <summary>The journal system's notes API and its FHIR list of Consents.</summary>
internal interface IJournalSystemApi
{
    /// <summary><c>GET {base}fhir/Consent?patient.identifier={system}|{number}</c>: a searchset Bundle of Consents.</summary>
    [Get("/fhir/Consent")]
    [Headers("Accept: " + FhirJson.MediaType)]
    Task<HttpResponseMessage> SearchConsentsAsync([AliasAs("patient.identifier")] string patientIdentifier, CancellationToken cancellationToken);

    /// <summary><c>POST {base}journal/notes</c> <c>{id, personnummer, title, text, writtenAt}</c>: 201, or 200 for an id it has.</summary>
    [Post("/journal/notes")]
    Task<IApiResponse> WriteNoteAsync([Body] JournalNote note, CancellationToken cancellationToken);
}
