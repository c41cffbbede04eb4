using IntegrationHub.Simulators.Hsa;
using IntegrationHub.Simulators.PopulationRegistry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Simulators.Control;

/// <summary>
/// The <c>/sim</c> routes of API.md that drive the simulators themselves, the same in the local hub and in a local
/// cluster's simulator process: people in the registry, staff and clinics in HSA, signed assertions, the hop-outs.
/// </summary>
public static class SimulatorControlEndpoints
{
    public static RouteGroupBuilder MapSimulatorControl(this IEndpointRouteBuilder endpoints, SimulatorFleet fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var sim = endpoints.MapGroup("/sim");
        sim.MapPut("/population/persons", (SimulatedPerson person) => Control(() => fleet.PopulationRegistry.PutPerson(person)));
        sim.MapPut("/population/status", (AvailabilityBody body) => Control(() => fleet.PopulationRegistry.SetAvailable(body.Available)));
        sim.MapPut("/hsa/staff", (SimulatedStaffMember staff) => Control(() => fleet.Hsa.PutStaff(staff)));
        sim.MapPut("/hsa/clinics", (SimulatedClinic clinic) => Control(() => fleet.Hsa.PutClinic(clinic)));
        sim.MapPost("/idp/resident", (ResidentAssertionBody body) =>
            Results.Ok(new AssertionView(fleet.IdentityProvider.SignResident(body.Personnummer ?? string.Empty, body.Method ?? string.Empty))));
        sim.MapPost("/idp/staff", (StaffAssertionBody body) => Results.Ok(new AssertionView(fleet.IdentityProvider.SignStaff(body.HsaId ?? string.Empty))));
        sim.MapGet("/hop-outs", () => Results.Ok(fleet.HopOuts));
        sim.MapGet("/addresses", () => Results.Ok(SimulatorAddresses.Of(fleet)));
        return sim;
    }

    public static IEnumerable<JournalNoteView> JournalNotes(SimulatorFleet fleet)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        return fleet.Journal.Notes.Select(n => new JournalNoteView(n.Personnummer, n.Title, n.Text, n.WrittenAt));
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
