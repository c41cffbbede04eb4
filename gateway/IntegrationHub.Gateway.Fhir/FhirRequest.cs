using System.Diagnostics.CodeAnalysis;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Terminology;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>What every <c>/fhir/r4</c> request is checked for: a format the hub serves, its caller (authenticated by JwtBearer), the patient searched.</summary>
internal static class FhirRequest
{
    public const string Prefix = "/fhir/r4";

    private static readonly string[] JsonTypes = ["application/fhir+json", "application/json", "application/json+fhir"];

    private static readonly string[] FormatParameters = ["json", .. JsonTypes];

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Prefix}";

    /// <summary>406 unless the client accepts FHIR JSON (the only format served), by <c>Accept</c> or <c>_format</c>.</summary>
    public static IResult? Negotiate(HttpRequest request)
    {
        if (request.Query.TryGetValue("_format", out var format))
        {
            var wanted = format.ToString().Split(';')[0].Trim();
            return FormatParameters.Contains(wanted, StringComparer.OrdinalIgnoreCase) ? null : NotAcceptable();
        }

        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var types) || types.Count == 0)
        {
            return null;
        }

        return types.Any(t => t.MatchesAllTypes || (t.Type.Equals("application", StringComparison.OrdinalIgnoreCase) && t.MatchesAllSubTypes)
            || JsonTypes.Contains(t.MediaType.Value, StringComparer.OrdinalIgnoreCase)) ? null : NotAcceptable();
    }

    /// <summary>
    /// The client of a request that passed its endpoint's policy (<see cref="FhirPolicies"/>: 401 without a valid token of a
    /// registered client, 403 when its scopes do not allow the interaction, both before the handler runs).
    /// </summary>
    public static FhirCaller Caller(HttpContext context) =>
        FhirCaller.From(context.User) ?? throw new InvalidOperationException("A /fhir/r4 endpoint without RequireAuthorization read its caller.");

    /// <summary>A personnummer from a token search parameter (<c>{system}|{12 digits}</c>, either system form, valid check digit).</summary>
    public static bool TryPersonnummer(HttpRequest request, string parameter, [NotNullWhen(true)] out string? personnummer, [NotNullWhen(false)] out IResult? refusal)
    {
        personnummer = null;
        refusal = null;
        var values = request.Query[parameter];
        if (values.Count != 1 || !SearchToken.TryParsePersonnummer(values[0], out var digits)
            || !IntegrationHub.Identity.Personnummer.TryParse(digits, out var parsed))
        {
            refusal = FhirResults.BadRequest(
                $"Search by {parameter}={IdentifierSystems.Personnummer}|{{12 digits}} (or the {IdentifierSystems.PersonnummerOid} system), one value.",
                parameter);
            return false;
        }

        personnummer = parsed.Value;
        return true;
    }

    /// <summary>The checks of a search by person (token and scope passed the endpoint's policy), in order: the person parameter, the page.</summary>
    public static bool TrySearch(HttpContext context, string parameter, [NotNullWhen(true)] out FhirSearch? search, [NotNullWhen(false)] out IResult? refusal)
    {
        search = null;
        var caller = Caller(context);
        if (!TryPersonnummer(context.Request, parameter, out var personnummer, out refusal))
        {
            return false;
        }

        refusal = FhirSearchPage.TryRead(context.Request, out var page);
        if (refusal is not null)
        {
            return false;
        }

        search = new FhirSearch(caller, personnummer, page);
        return true;
    }

    /// <summary>415 unless the body is JSON (FHIR JSON or plain JSON).</summary>
    public static IResult? RequireJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && JsonTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase)
            ? null
            : FhirResults.Outcome(StatusCodes.Status415UnsupportedMediaType, OperationOutcome.IssueType.NotSupported, "Send the resource as application/fhir+json.");

    private static IResult NotAcceptable() =>
        FhirResults.Outcome(StatusCodes.Status406NotAcceptable, OperationOutcome.IssueType.NotSupported, "This server answers in application/fhir+json only.");
}
