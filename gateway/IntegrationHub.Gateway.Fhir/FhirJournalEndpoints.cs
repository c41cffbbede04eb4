using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Accounts;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Journal;
using IntegrationHub.Fhir.Validation;
using IntegrationHub.Identity;
using IntegrationHub.Gateway.Fhir.Journal;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// The journal system's seals and guardian blocks (JR1–JR3): <c>POST Consent</c> from the journal client, idempotent
/// and order-safe (201 when the hub's mirror changed, 200 with the mirror as it stands when it held that update or a
/// newer one), refused with 400 and every issue at once when it is not valid R4 or not a restriction the hub can act on
/// exactly as meant (<see cref="JournalConsentMapping"/>); and <c>GET Consent?patient.identifier=</c> the mirrored state.
/// </summary>
internal static class FhirJournalEndpoints
{
    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapPost("/Consent", CreateConsentAsync).RequireAuthorization(FhirPolicies.ConsentWrite);
        fhir.MapGet("/Consent", SearchConsentsAsync).RequireAuthorization(FhirPolicies.ConsentRead);
    }

    private static async Task<IResult> CreateConsentAsync(
        HttpContext context, FhirResourceIds ids, FhirResourceValidator validator, HubGrains grains, CancellationToken ct)
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

        var (consent, rejected) = await FhirIncoming.ReadAsync<Consent>(context.Request, validator, JournalConsentMapping.Rules, ct);
        if (consent is null || JournalConsentMapping.Read(consent).Consent is not { } restriction)
        {
            return rejected ?? FhirResults.BadRequest("Not a seal or guardian block the hub can act on.");
        }

        var update = JournalConsentContracts.ToUpdate(restriction);
        var account = grains.Account(restriction.Patient.Value);
        var applied = await account.ApplyJournalConsentAsync(update);
        var held = (await account.GetJournalMirrorAsync()).Restrictions.FirstOrDefault(r => r.ConsentId == update.ConsentId) ?? update;
        var mirrored = ToConsent(held, restriction.Patient, ids);
        return applied ? FhirResults.Created(mirrored, $"{FhirRequest.BaseUrl(context.Request)}/Consent/{mirrored.Id}") : FhirResults.Ok(mirrored);
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
        var patient = Personnummer.Parse(personnummer);
        var consents = mirror.Restrictions.Select(r => (Resource)ToConsent(r, patient, ids)).ToList();
        return FhirResults.Ok(page.ToBundle(context.Request, consents));
    }

    /// <summary>The journal system's id when it is a valid FHIR id, else one derived from it (the original stays in <c>identifier</c>).</summary>
    private static Consent ToConsent(JournalConsentUpdate update, Personnummer patient, FhirResourceIds ids)
    {
        var id = update.ConsentId.Length <= 64 && update.ConsentId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.')
            ? update.ConsentId
            : ids.Derived("consent", update.ConsentId);
        return JournalConsentMapping.ToConsent(
            JournalConsentContracts.FromUpdate(update, patient), id, FhirPatients.Reference(ids.PatientId(patient.Value), patient.Value));
    }
}
