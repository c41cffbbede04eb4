using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// <c>/fhir/r4</c> (API.md): for registered clients with a bearer token; only <c>metadata</c> is open. Every answer is
/// <c>application/fhir+json</c> (406 for any other format asked for), every refusal an OperationOutcome, Kestrel's own
/// refusals of a request body (too large, malformed framing) included.
/// </summary>
public static class FhirEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var fhir = endpoints.MapGroup(FhirRequest.Prefix);
        fhir.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return FhirRequest.Negotiate(context.HttpContext.Request) ?? await next(context);
            }
            catch (BadHttpRequestException e)
            {
                return FhirResults.Outcome(e.StatusCode, OperationOutcome.IssueType.Structure, "The request could not be read: " + e.Message);
            }
        });
        fhir.MapGet("/metadata", (HttpRequest request) => FhirResults.Ok(FhirCapabilities.Statement(FhirRequest.BaseUrl(request))));
        FhirTokenEndpoint.Map(fhir);
        FhirPersonEndpoints.Map(fhir);
        FhirJournalEndpoints.Map(fhir);
        FhirCaseEndpoints.Map(fhir);
        FhirAppointmentEndpoints.Map(fhir);
        fhir.Map("/{**rest}", () => FhirResults.Outcome(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotSupported, "This server does not serve that; see GET metadata."));
    }
}
