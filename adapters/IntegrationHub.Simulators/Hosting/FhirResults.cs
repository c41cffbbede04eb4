using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Outcomes;
using IntegrationHub.Fhir.Serialization;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Simulators.Hosting;

/// <summary>FHIR JSON answers (<c>application/fhir+json</c>) of the simulators' FHIR endpoints.</summary>
internal static class FhirResults
{
    public static IResult Resource(Resource resource, int statusCode = StatusCodes.Status200OK) =>
        Results.Text(FhirJson.Serialize(resource), FhirJson.MediaType, System.Text.Encoding.UTF8, statusCode);

    public static IResult BadRequest(OperationOutcome.IssueType code, string diagnostics, string? expression = null) =>
        Resource(OperationOutcomes.Error(code, diagnostics, expression), StatusCodes.Status400BadRequest);

    /// <summary>The request's own URL, for a searchset's self link.</summary>
    public static string SelfUrl(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";

    /// <summary>The FHIR base, <c>{scheme}://{host}/fhir</c>.</summary>
    public static string FhirBase(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/fhir";
}
