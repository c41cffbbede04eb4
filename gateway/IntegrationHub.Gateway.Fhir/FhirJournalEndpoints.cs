using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Gateway.Fhir.Journal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// The journal system's seals and guardian blocks (JR1–JR3): <c>POST Consent</c> from the journal client, idempotent
/// and order-safe (201 when the hub's mirror changed, 200 with the mirror as it stands when it held that update or a
/// newer one), and <c>GET Consent?patient.identifier=</c> the mirrored state.
/// </summary>
internal static class FhirJournalEndpoints
{
    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapPost("/Consent", CreateConsentAsync).RequireAuthorization(FhirPolicies.ConsentWrite);
        fhir.MapGet("/Consent", SearchConsentsAsync).RequireAuthorization(FhirPolicies.ConsentRead);
    }

    private static async Task<IResult> CreateConsentAsync(HttpContext context, FhirResourceIds ids, HubGrains grains, CancellationToken ct)
    {
        var caller = FhirRequest.Caller(context);

        if (FhirRequest.RequireJsonBody(context.Request) is { } unsupported)
        {
            return unsupported;
        }

        if (caller.ClientId != FhirClientRegistry.JournalClientId)
        {
            return FhirResults.Forbidden("Only the journal system sets seals and guardian blocks.");
        }

        var parsed = await FhirJson.ParseResourceAsync<Consent>(context.Request.Body, ct);
        if (!parsed.IsSuccess)
        {
            return FhirResults.Outcome(StatusCodes.Status400BadRequest, parsed.Error.ToOperationOutcome());
        }

        var mapped = JournalConsentMapping.Map(parsed.Resource);
        if (mapped.Update is null)
        {
            return FhirResults.Outcome(StatusCodes.Status400BadRequest, IssueTypeCodes.Required, mapped.Problem!, mapped.Field);
        }

        var personnummer = mapped.Personnummer.Value;
        var account = grains.Account(personnummer);
        var applied = await account.ApplyJournalConsentAsync(mapped.Update);
        var held = (await account.GetJournalMirrorAsync()).Restrictions.FirstOrDefault(r => r.ConsentId == mapped.Update.ConsentId) ?? mapped.Update;
        var consent = ToConsent(held, personnummer, ids);
        return applied ? FhirResults.Created(consent, $"{FhirRequest.BaseUrl(context.Request)}/Consent/{consent.Id}") : FhirResults.Ok(consent);
    }

    private static async Task<IResult> SearchConsentsAsync(HttpContext context, FhirResourceIds ids, HubGrains grains)
    {
        if (!FhirRequest.TrySearch(context, "patient.identifier", out var search, out var refusal))
        {
            return refusal;
        }

        var (caller, personnummer, page) = search;

        await FhirAuditedRead.RecordAsync(grains, personnummer, caller, FhirAuditEvents.Search("Consent"));
        var mirror = await grains.Account(personnummer).GetJournalMirrorAsync();
        var consents = mirror.Restrictions.Select(r => (Resource)ToConsent(r, personnummer, ids)).ToList();
        return FhirResults.Ok(page.ToBundle(context.Request, consents));
    }

    /// <summary>The journal system's id when it is a valid FHIR id, else one derived from it (the original stays in <c>identifier</c>).</summary>
    private static Consent ToConsent(JournalConsentUpdate update, string personnummer, FhirResourceIds ids)
    {
        var id = update.ConsentId.Length <= 64 && update.ConsentId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.')
            ? update.ConsentId
            : ids.Derived("consent", update.ConsentId);
        return JournalConsentView.ToConsent(update, id, FhirPatients.Reference(ids.PatientId(personnummer), personnummer));
    }
}
