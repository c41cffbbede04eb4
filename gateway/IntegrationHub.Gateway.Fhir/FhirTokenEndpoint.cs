using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// <c>POST /fhir/r4/auth/token</c> (SMART backend services, RFC 6749 client credentials with an RFC 7523 client assertion):
/// form <c>grant_type=client_credentials</c>, <c>scope</c>, <c>client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer</c>,
/// <c>client_assertion</c> (each used once); answers an OAuth token response, or 400/401 with an OAuth error. Anonymous:
/// the client assertion is the authentication.
/// </summary>
internal static class FhirTokenEndpoint
{
    public const string Path = "/auth/token";

    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    public static void Map(RouteGroupBuilder fhir) => fhir.MapPost(Path, IssueAsync).DisableAntiforgery();

    private static async Task<IResult> IssueAsync(HttpRequest request, FhirTokenService tokens)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        if (!request.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Send an application/x-www-form-urlencoded token request.");
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (form["grant_type"] != "client_credentials")
        {
            return Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "grant_type is client_credentials.");
        }

        var scopes = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (scopes.Length == 0 || !scopes.All(FhirScopes.IsWellFormed))
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_scope", "scope lists system/{Type}.read|write scopes.");
        }

        if (form["client_assertion_type"] != AssertionType)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", $"client_assertion_type is {AssertionType}.");
        }

        var issue = await tokens.IssueForAssertionAsync(form["client_assertion"], FhirRequest.BaseUrl(request) + Path, scopes, request.HttpContext.RequestAborted);
        return issue is null
            ? Error(StatusCodes.Status401Unauthorized, "invalid_client", "The client assertion is not valid for a registered client, or none of the scopes is the client's.")
            : Results.Json(issue, statusCode: StatusCodes.Status200OK);
    }

    private static IResult Error(int status, string error, string description) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);
}
