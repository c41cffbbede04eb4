using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Grains.Accounts;
using IntegrationHub.Runtime;
using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Silo.Journal;
using IntegrationHub.Simulators;
using IntegrationHub.Simulators.Hsa;
using IntegrationHub.Simulators.PopulationRegistry;

namespace IntegrationHub.LocalHub.Simulation;

/// <summary>The <c>/sim</c> routes of API.md: they exist only in simulation mode and drive the simulators and the clock.</summary>
internal static class SimulationEndpoints
{
    public static IEndpointRouteBuilder MapSimulation(this IEndpointRouteBuilder endpoints)
    {
        var sim = endpoints.MapGroup("/sim");
        sim.MapPut("/population/persons", (SimulatedPerson person, SimulatorFleet fleet) => Control(() => fleet.PopulationRegistry.PutPerson(person)));
        sim.MapPut("/population/status", (AvailabilityBody body, SimulatorFleet fleet) => Control(() => fleet.PopulationRegistry.SetAvailable(body.Available)));
        sim.MapPut("/hsa/staff", (SimulatedStaffMember staff, SimulatorFleet fleet) => Control(() => fleet.Hsa.PutStaff(staff)));
        sim.MapPut("/hsa/clinics", (SimulatedClinic clinic, SimulatorFleet fleet) => Control(() => fleet.Hsa.PutClinic(clinic)));
        sim.MapPost("/idp/resident", (ResidentAssertionBody body, SimulatorFleet fleet) =>
            Results.Ok(new AssertionView(fleet.IdentityProvider.SignResident(body.Personnummer ?? string.Empty, body.Method ?? string.Empty))));
        sim.MapPost("/idp/staff", (StaffAssertionBody body, SimulatorFleet fleet) =>
            Results.Ok(new AssertionView(fleet.IdentityProvider.SignStaff(body.HsaId ?? string.Empty))));
        sim.MapPut("/clock", SetClockAsync);
        sim.MapGet("/notifications", async (ISiloControl silo, SimulatorFleet fleet, CancellationToken ct) =>
        {
            await silo.RunDueWorkAsync(ct);
            return Results.Ok(fleet.Notifications.Messages);
        });
        sim.MapGet("/hop-outs", (SimulatorFleet fleet) => Results.Ok(fleet.HopOuts));
        sim.MapGet("/journal/notes", async (ISiloControl silo, SimulatorFleet fleet, CancellationToken ct) =>
        {
            await silo.RunDueWorkAsync(ct);
            return Results.Ok(fleet.Journal.Notes.Select(n => new JournalNoteView(n.Personnummer, n.Title, n.Text, n.WrittenAt)));
        });
        sim.MapPost("/journal/consents", PostConsentAsync);
        return endpoints;
    }

    private static async Task<IResult> SetClockAsync(ClockBody body, TimeProvider clock, ISiloControl silo, CancellationToken ct)
    {
        if (clock is not SettableTimeProvider settable || body.Now is null)
        {
            return Results.Problem(statusCode: 400, title: "now (ISO-8601) is required.", extensions: new Dictionary<string, object?> { ["code"] = "invalid_request" });
        }

        settable.SetUtcNow(body.Now.Value);

        // Work that fell due runs before the call returns (API.md).
        await silo.RunDueWorkAsync(ct);
        return Results.Ok(new { now = settable.GetUtcNow() });
    }

    /// <summary>The simulated journal system records the change and sends it to the hub, as it would in production.</summary>
    private static async Task<IResult> PostConsentAsync(HttpRequest request, SimulatorFleet fleet, IGrainFactory grains)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (!FhirJson.TryParseResource<Consent>(json, out var consent, out var error))
        {
            return Results.Json(error.ToOperationOutcome(), FhirJson.Options, "application/fhir+json", 400);
        }

        var mapped = JournalConsentMapping.Map(consent);
        if (mapped.Update is null)
        {
            return Results.Json(OperationOutcomes.Error("required", mapped.Problem!, mapped.Field), FhirJson.Options, "application/fhir+json", 400);
        }

        fleet.Journal.PutConsent(consent);
        var applied = await grains.GetGrain<IResidentAccountGrain>(mapped.Personnummer.Value).ApplyJournalConsentAsync(mapped.Update);
        return Results.Ok(new { applied });
    }

    private static IResult Control(Action action)
    {
        try
        {
            action();
            return Results.NoContent();
        }
        catch (ArgumentException e)
        {
            return Results.Problem(statusCode: 400, title: e.Message, extensions: new Dictionary<string, object?> { ["code"] = "invalid_request" });
        }
    }
}
