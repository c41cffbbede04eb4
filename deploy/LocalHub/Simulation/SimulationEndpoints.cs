using IntegrationHub.Grains.Hosting;
using IntegrationHub.Identity;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Gateway.Fhir;
using IntegrationHub.Simulators;
using IntegrationHub.Simulators.Control;

namespace IntegrationHub.LocalHub.Simulation;

/// <summary>
/// The <c>/sim</c> routes of API.md in the local hub (simulation mode only): the simulators' own, and the hub's clock, the
/// journal system's Consents through the hub's FHIR API, FHIR client tokens, and reads that first deliver what is due.
/// </summary>
internal static class SimulationEndpoints
{
    private const string JournalScope = "system/Consent.write";

    public static IEndpointRouteBuilder MapSimulation(this IEndpointRouteBuilder endpoints)
    {
        var sim = endpoints.MapSimulatorControl(endpoints.ServiceProvider.GetRequiredService<SimulatorFleet>());
        sim.MapPut("/clock", SetClockAsync);
        sim.MapGet("/notifications", async (IHubSiloWork silo, SimulatorFleet fleet, CancellationToken ct) =>
        {
            await silo.DeliverAllAsync(ct);
            return Results.Ok(fleet.Notifications.Messages);
        });
        sim.MapGet("/journal/notes", async (IHubSiloWork silo, SimulatorFleet fleet, CancellationToken ct) =>
        {
            await silo.DeliverAllAsync(ct);
            return Results.Ok(SimulatorControlEndpoints.JournalNotes(fleet));
        });
        sim.MapPost("/journal/consents", PostConsentAsync);
        sim.MapPost("/fhir/token", IssueFhirToken);
        return endpoints;
    }

    private static async Task<IResult> SetClockAsync(ClockBody body, HubClock clock, IHubSiloWork silo, CancellationToken ct)
    {
        if (clock.Inner is not SimulatedClock simulated || body.Now is null)
        {
            return Results.Problem(statusCode: 400, title: "now (ISO-8601) is required.", extensions: new Dictionary<string, object?> { ["code"] = "invalid_request" });
        }

        simulated.Set(body.Now.Value, body.Freeze ?? false);

        // Work that fell due runs before the call returns (API.md).
        await silo.RunDueWorkAsync(ct);
        return Results.Ok(new { now = simulated.GetUtcNow(), frozen = simulated.Frozen });
    }

    /// <summary>
    /// The simulated journal system sends the change to the hub's own <c>POST /fhir/r4/Consent</c> as client
    /// <c>journal</c>, as it would in production, and records it in its own list once the hub took it (the list the
    /// reconciliation compares with). Answers <c>{applied}</c> (the hub's 201 or 200), or the hub's refusal as it came.
    /// </summary>
    private static async Task<IResult> PostConsentAsync(HttpRequest request, SimulatorFleet fleet, FhirClientRegistry clients, FhirTokenService tokens, IHttpClientFactory httpClients)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        clients.Register(FhirClientRegistry.JournalClientId, [JournalScope]);
        var token = tokens.Issue(FhirClientRegistry.JournalClientId, [JournalScope])!;
        using var http = httpClients.CreateClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri($"{request.Scheme}://{request.Host}/fhir/r4/Consent"))
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, FhirJson.MediaType),
        };
        post.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.AccessToken);
        using var answer = await http.SendAsync(post, request.HttpContext.RequestAborted);
        var body = await answer.Content.ReadAsStringAsync(request.HttpContext.RequestAborted);
        if (!answer.IsSuccessStatusCode)
        {
            return Results.Text(body, FhirJson.MediaType, System.Text.Encoding.UTF8, (int)answer.StatusCode);
        }

        fleet.Journal.TryPutConsent(json, out _, out _);
        return Results.Ok(new { applied = answer.StatusCode == System.Net.HttpStatusCode.Created });
    }

    /// <summary>A token for any client, registered on first use with the scopes it asks for (simulation only).</summary>
    private static IResult IssueFhirToken(FhirTokenBody body, FhirClientRegistry clients, FhirTokenService tokens)
    {
        if (!FhirClientRegistry.IsValidClientId(body.ClientId) || body.Scopes is not { Count: > 0 } scopes || !scopes.All(FhirScopes.IsWellFormed))
        {
            return Results.Problem(
                statusCode: 400,
                title: "clientId (letters, digits, '-', '_', '.') and scopes (system/{Type}.read|write) are required.",
                extensions: new Dictionary<string, object?> { ["code"] = "invalid_request" });
        }

        clients.Register(body.ClientId!, scopes);
        return Results.Ok(tokens.Issue(body.ClientId!, scopes));
    }
}
