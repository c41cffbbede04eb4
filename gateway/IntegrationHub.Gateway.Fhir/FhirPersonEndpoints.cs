using IntegrationHub.Store.Indexes;
using IntegrationHub.Grains.Contracts.Keys;
using System.Text.Json;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Audit;
using IntegrationHub.Grains.Contracts.Proxies;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>Patient, Flag (the lock), RelatedPerson (proxies) and AuditEvent (who read the data) of one person.</summary>
internal static class FhirPersonEndpoints
{
    private const string PatientIdentifier = "patient.identifier";

    private const int AuditRows = 1000;

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Patient", SearchPatientsAsync).RequireAuthorization(FhirPolicies.PatientRead);
        fhir.MapGet("/Patient/{id}", ReadPatientAsync).RequireAuthorization(FhirPolicies.PatientRead);
        fhir.MapGet("/Flag", SearchFlagsAsync).RequireAuthorization(FhirPolicies.FlagRead);
        fhir.MapGet("/RelatedPerson", SearchRelatedPersonsAsync).RequireAuthorization(FhirPolicies.RelatedPersonRead);
        fhir.MapGet("/AuditEvent", SearchAuditEventsAsync).RequireAuthorization(FhirPolicies.AuditEventRead);
    }

    private static async Task<IResult> SearchPatientsAsync(HttpContext context, FhirResourceIds ids, HubGrains grains)
    {
        if (!FhirRequest.TrySearch(context, "identifier", out var search, out var refusal))
        {
            return refusal;
        }

        var (caller, personnummer, page) = search;

        var (patient, failure) = await FindPatientAsync(personnummer, caller, ids, grains, FhirAuditEvents.Search("Patient"));
        return failure ?? FhirResults.Ok(page.ToBundle(context.Request, patient is null ? [] : [patient]));
    }

    private static async Task<IResult> ReadPatientAsync(HttpContext context, string id, FhirResourceIds ids, HubGrains grains)
    {
        var caller = FhirRequest.Caller(context);

        if (!ids.TryReadPatientId(id, out var personnummer))
        {
            return FhirResults.NotFound("Patient");
        }

        var (patient, failure) = await FindPatientAsync(personnummer, caller, ids, grains, FhirAuditEvents.Read("Patient"));
        return failure ?? (patient is null ? FhirResults.NotFound("Patient") : FhirResults.Ok(patient));
    }

    /// <summary>The registry is asked at every Patient read (API.md); a person it knows is read on the record (ST2).</summary>
    private static async Task<(Patient? Patient, IResult? Failure)> FindPatientAsync(
        string personnummer, FhirCaller caller, FhirResourceIds ids, HubGrains grains, string what)
    {
        var read = await FhirAuditedRead.ReadPersonAsync(grains, personnummer, caller, what);
        if (read.RegistryUnavailable)
        {
            return (null, FhirResults.Unavailable("The population registry does not answer; try again later."));
        }

        return (read.Person is null ? null : FhirPatients.From(read.Person, personnummer, ids.PatientId(personnummer)), null);
    }

    private static async Task<IResult> SearchFlagsAsync(HttpContext context, FhirResourceIds ids, HubGrains grains)
    {
        if (!FhirRequest.TrySearch(context, PatientIdentifier, out var search, out var refusal))
        {
            return refusal;
        }

        var (caller, personnummer, page) = search;

        await FhirAuditedRead.RecordAsync(grains, personnummer, caller, FhirAuditEvents.Search("Flag"));
        var status = await grains.Account(personnummer).GetLockStatusAsync();
        var flag = FhirFlags.From(status, ids.PatientId(personnummer), personnummer);
        return FhirResults.Ok(page.ToBundle(context.Request, flag is null ? [] : [flag]));
    }

    private static async Task<IResult> SearchRelatedPersonsAsync(HttpContext context, FhirResourceIds ids, HubGrains grains)
    {
        if (!FhirRequest.TrySearch(context, PatientIdentifier, out var search, out var refusal))
        {
            return refusal;
        }

        var (caller, child, page) = search;

        await FhirAuditedRead.RecordAsync(grains, child, caller, FhirAuditEvents.Search("RelatedPerson"));
        var guardians = await grains.Account(child).GetProxyGuardiansAsync();
        var relationships = await Task.WhenAll(guardians.Select(g => grains.Relationship(g, child).GetAsync()));
        var childId = ids.PatientId(child);
        var resources = relationships.OfType<ProxyRelationshipView>()
            .OrderBy(r => r.Since)
            .Select(r => (Resource)FhirRelatedPersons.From(r, ids.Derived("proxy", r.Guardian, r.Child), childId))
            .ToList();
        return FhirResults.Ok(page.ToBundle(context.Request, resources));
    }

    private static async Task<IResult> SearchAuditEventsAsync(HttpContext context, FhirResourceIds ids, HubGrains grains, IIndexStore index, CancellationToken ct)
    {
        if (!FhirRequest.TrySearch(context, PatientIdentifier, out var search, out var refusal))
        {
            return refusal;
        }

        var (caller, personnummer, page) = search;

        // This read is itself on the record, and committed before the rows are read: it is the newest event listed.
        await FhirAuditedRead.RecordAsync(grains, personnummer, caller, FhirAuditEvents.Search("AuditEvent"));
        var rows = await index.QueryAsync(new IndexQuery(AuditIndex.Name, personnummer, Limit: AuditRows, Descending: true), ct);
        var patient = FhirPatients.Reference(ids.PatientId(personnummer), personnummer);
        var events = rows
            .Select(r => r.Payload is null ? null : JsonSerializer.Deserialize<AuditRecord>(r.Payload, JsonSerializerOptions.Web))
            .OfType<AuditRecord>()
            .Where(FhirAuditEvents.IsRead)
            .Select(r => (Resource)FhirAuditEvents.From(r, patient))
            .ToList();
        return FhirResults.Ok(page.ToBundle(context.Request, events));
    }
}
