using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Fhir.Validation;
using IntegrationHub.Grains.Contracts.Appointments;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// Appointments from regional booking services (HO3): <c>POST Appointment</c> and the conditional update
/// <c>PUT Appointment?identifier={system}|{value}</c> store a booked, changed or cancelled appointment on the patient's
/// account, order-safe by <c>meta.lastUpdated</c> (201 when new, 200 with the copy as it stands otherwise); <c>GET
/// Appointment?patient.identifier=</c> lists them, the read audited. The start page shows them.
/// </summary>
internal static class FhirAppointmentEndpoints
{
    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapPost("/Appointment", (HttpContext context, FhirResourceIds ids, FhirResourceValidator validator, HubGrains grains, HubClock clock, CancellationToken ct) =>
            StoreAsync(context, conditionalKey: null, ids, validator, grains, clock, ct)).RequireAuthorization(FhirPolicies.AppointmentWrite);
        fhir.MapPut("/Appointment", ConditionalUpdateAsync).RequireAuthorization(FhirPolicies.AppointmentWrite);
        fhir.MapGet("/Appointment", SearchAsync).RequireAuthorization(FhirPolicies.AppointmentRead);
    }

    private static Task<IResult> ConditionalUpdateAsync(
        HttpContext context, FhirResourceIds ids, FhirResourceValidator validator, HubGrains grains, HubClock clock, CancellationToken ct)
    {
        var identifier = context.Request.Query["identifier"];
        if (identifier.Count != 1 || identifier[0] is not { } token || token.IndexOf('|', StringComparison.Ordinal) is <= 0 || token.EndsWith('|'))
        {
            return System.Threading.Tasks.Task.FromResult(FhirResults.BadRequest("A conditional update names the appointment: ?identifier={system}|{value}.", "identifier"));
        }

        return StoreAsync(context, token, ids, validator, grains, clock, ct);
    }

    private static async Task<IResult> StoreAsync(
        HttpContext context, string? conditionalKey, FhirResourceIds ids, FhirResourceValidator validator, HubGrains grains, HubClock clock, CancellationToken ct)
    {
        var caller = FhirRequest.Caller(context);
        if (FhirRequest.RequireJsonBody(context.Request) is { } unsupported)
        {
            return unsupported;
        }

        var (appointment, rejected) = await FhirIncoming.ReadAsync<Appointment>(context.Request, validator, a => FhirAppointments.Rules(a, ids), ct);
        if (appointment is null || FhirAppointments.PatientOf(appointment, ids) is not { } personnummer)
        {
            return rejected ?? FhirResults.BadRequest("Not an appointment the hub can show.");
        }

        var update = FhirAppointments.ToUpdate(appointment, caller.ClientId, clock.GetUtcNow());
        if (conditionalKey is not null && CanonicalKey(conditionalKey) != CanonicalKey(update.Key))
        {
            return FhirResults.BadRequest("The identifier searched for is not the appointment's own.", "Appointment.identifier");
        }

        var account = grains.Account(personnummer);
        var existed = (await account.GetAppointmentsAsync()).Any(a => a.Key == update.Key);
        await account.ApplyAppointmentAsync(update);
        var held = (await account.GetAppointmentsAsync()).FirstOrDefault(a => a.Key == update.Key) ?? update;
        var stored = ToResource(held, personnummer, ids);
        return !existed
            ? FhirResults.Created(stored, $"{FhirRequest.BaseUrl(context.Request)}/Appointment/{stored.Id}")
            : FhirResults.Ok(stored);
    }

    private static async Task<IResult> SearchAsync(HttpContext context, FhirResourceIds ids, HubGrains grains)
    {
        if (!FhirRequest.TrySearch(context, "patient.identifier", out var search, out var refusal))
        {
            return refusal;
        }

        var (caller, personnummer, page) = search;
        await FhirAuditedRead.RecordAsync(grains, personnummer, caller, FhirAuditEvents.Search("Appointment"));
        var appointments = await grains.Account(personnummer).GetAppointmentsAsync();
        return FhirResults.Ok(page.ToBundle(context.Request, [.. appointments.Select(a => (Resource)ToResource(a, personnummer, ids))]));
    }

    private static Appointment ToResource(AppointmentUpdate update, string personnummer, FhirResourceIds ids) =>
        FhirAppointments.ToAppointment(update, ids.Derived("appointment", personnummer, update.Key), FhirPatients.Reference(ids.PatientId(personnummer), personnummer));

    private static string CanonicalKey(string key)
    {
        var separator = key.IndexOf('|', StringComparison.Ordinal);
        return $"{IdentifierSystems.Canonical(key[..separator])}|{key[(separator + 1)..]}";
    }
}
