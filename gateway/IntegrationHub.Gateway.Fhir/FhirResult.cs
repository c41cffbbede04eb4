using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Serialization;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>A FHIR resource as the answer: <c>application/fhir+json</c>, <c>Cache-Control: no-store</c> (it may carry personal data).</summary>
internal sealed class FhirResult(Resource resource, int statusCode, string? location = null, string? challenge = null) : IResult
{
    public const string ContentType = FhirJson.MediaType + "; charset=utf-8";

    public Resource Resource => resource;

    public int StatusCode => statusCode;

    public async System.Threading.Tasks.Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        if (challenge is not null)
        {
            response.Headers.WWWAuthenticate = challenge;
        }

        await FhirJson.SerializeAsync(response.Body, resource, httpContext.RequestAborted);
    }
}
