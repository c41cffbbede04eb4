using System.Net.Http.Json;
using IntegrationHub.Identity;
using IntegrationHub.LocalHub.Hosting;
using IntegrationHub.LocalHub.Simulation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Browser.Tests.Infrastructure;

/// <summary>
/// The local hub for one test class: silo, gateway with the web pages, simulators and SQLite in a fresh folder, on
/// 127.0.0.1 port 0, in simulation mode. People, clinics and the clock are set through the hub's own <c>/sim</c> routes.
/// </summary>
public sealed class WebHubFixture : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "hub-browser-tests", Guid.NewGuid().ToString("N"));

    public RunningHub Hub { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public Uri BaseAddress => Hub.BaseAddress;

    /// <summary>The hub's error lines: none is expected while people use the pages.</summary>
    public ErrorLog Errors { get; } = new();

    public HubClock Clock => Hub.App.Services.GetRequiredService<HubClock>();

    public async Task InitializeAsync()
    {
        Hub = await LocalHubApplication.StartAsync(
            ["--urls", "http://127.0.0.1:0", "--Hub:Simulation=true", $"--Hub:DataDirectory={dataDirectory}"],
            shared: null,
            CancellationToken.None,
            builder => builder.Logging.AddProvider(Errors));
        Http = new HttpClient { BaseAddress = Hub.BaseAddress };

        // The tests build people of an age from the clock: it stands still unless a test moves it.
        ((SimulatedClock)Clock.Inner).Set(Clock.GetUtcNow(), freeze: true);
    }

    public async Task PutPersonAsync(
        string personnummer, string givenName, string familyName, IReadOnlyList<string>? guardians = null, object? listing = null, string protection = "none")
    {
        using var response = await Http.PutAsJsonAsync("/sim/population/persons", new { personnummer, givenName, familyName, protection, region = "01", guardians = guardians ?? [], listing });
        Assert.True(response.IsSuccessStatusCode, $"PUT /sim/population/persons: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task PutClinicAsync(string hsaId, string name)
    {
        using var response = await Http.PutAsJsonAsync("/sim/hsa/clinics", new { hsaId, name, region = "01" });
        response.EnsureSuccessStatusCode();
    }

    public async Task PutStaffAsync(string hsaId, string givenName, string familyName, string[] roles, params (string Clinic, string[] Rights)[] clinics)
    {
        using var response = await Http.PutAsJsonAsync("/sim/hsa/staff", new
        {
            hsaId,
            givenName,
            familyName,
            region = "01",
            roles,
            clinics = clinics.Select(c => new { hsaId = c.Clinic, rights = c.Rights }),
        });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A regional booking service books a time for the resident over FHIR (HO3), as it would in production.</summary>
    public async Task BookAppointmentAsync(string personnummer, string clinicId, string clinicName, DateTimeOffset start, string description)
    {
        using var issued = await Http.PostAsJsonAsync("/sim/fhir/token", new { clientId = "booking-region-01", scopes = new[] { "system/Appointment.write" } });
        issued.EnsureSuccessStatusCode();
        var token = (await issued.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/fhir/r4/Appointment", UriKind.Relative))
        {
            Content = JsonContent.Create(
                new
                {
                    resourceType = "Appointment",
                    identifier = new[] { new { system = "urn:booking:region-01", value = Guid.NewGuid().ToString("N") } },
                    status = "booked",
                    description,
                    start = start.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                    end = start.AddMinutes(30).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                    participant = new object[]
                    {
                        new { actor = new { identifier = new { system = "http://electronichealth.se/identifier/personnummer", value = personnummer } }, status = "accepted" },
                        new { actor = new { identifier = new { system = "urn:oid:1.2.752.29.4.19", value = clinicId }, display = clinicName }, status = "accepted" },
                    },
                },
                mediaType: new System.Net.Http.Headers.MediaTypeHeaderValue("application/fhir+json")),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"POST Appointment: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task SetClockAsync(DateTimeOffset now)
    {
        using var response = await Http.PutAsJsonAsync("/sim/clock", new { now, freeze = true });
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        await Hub.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection is left to the temp folder's cleanup.
        }
    }
}
