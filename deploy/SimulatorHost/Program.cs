using IntegrationHub.Simulators;
using IntegrationHub.Simulators.Control;

// The population registry, HSA directory, journal system, identity provider, SMS/e-mail gateway and hop-out services of
// a local cluster; silos and gateways are pointed at the addresses GET /sim/addresses gives.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:8090");
}

await using var fleet = await SimulatorFleet.StartAsync(TimeProvider.System, CancellationToken.None);
var app = builder.Build();
var sim = app.MapSimulatorControl(fleet);
sim.MapGet("/notifications", () => Results.Ok(fleet.Notifications.Messages));
sim.MapGet("/journal/notes", () => Results.Ok(SimulatorControlEndpoints.JournalNotes(fleet)));
app.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
await app.RunAsync();
