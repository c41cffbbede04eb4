using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Adapters.Journal;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Simulators.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Adapters.Tests.Journal;

public sealed class JournalSystemClientTests() : SimulatorTests<JournalSystemSimulator>(JournalSystemSimulator.StartAsync)
{
    [Fact]
    public async Task WriteNoteAsync_SameIdTwice_StoresOneNote()
    {
        using var services = Services();
        var note = new JournalNote(
            Guid.NewGuid(), TestPeople.Tolvan, "Inloggning till 1177", "Kontot låstes.", DateTimeOffset.Parse("2025-03-01T09:30:00+01:00"));

        await Journal(services).WriteNoteAsync(note, CancellationToken.None);
        await Journal(services).WriteNoteAsync(note, CancellationToken.None);

        var stored = Assert.Single(Simulator.Notes);
        Assert.Equal(new SimulatedJournalNote(note.Id, TestPeople.Tolvan.Value, note.Title, note.Text, note.WrittenAt), stored);
    }

    [Fact]
    public async Task WriteNoteAsync_Answered503Once_SendsOnceAndThrowsHttpRequestException()
    {
        using var services = Services();
        Simulator.FailNextRequests(1);
        var note = new JournalNote(Guid.NewGuid(), TestPeople.Adult1961, "Titel", "Text", DateTimeOffset.UnixEpoch);

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => Journal(services).WriteNoteAsync(note, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Equal(1, Simulator.RequestCount);
        Assert.Empty(Simulator.Notes);
    }

    [Fact]
    public async Task WriteNoteAsync_AgainAfter503_StoresOneNote()
    {
        using var services = Services();
        Simulator.FailNextRequests(1);
        var note = new JournalNote(Guid.NewGuid(), TestPeople.Adult1961, "Titel", "Text", DateTimeOffset.UnixEpoch);
        await Assert.ThrowsAsync<HttpRequestException>(() => Journal(services).WriteNoteAsync(note, CancellationToken.None));

        await Journal(services).WriteNoteAsync(note, CancellationToken.None);

        Assert.Equal(note.Id, Assert.Single(Simulator.Notes).Id);
        Assert.Equal(2, Simulator.RequestCount);
    }

    [Fact]
    public async Task WriteNoteAsync_JournalTooSlow_SendsOnceAndThrowsHttpRequestException()
    {
        Simulator.ResponseDelay = TimeSpan.FromSeconds(30);
        using var services = AdapterServices.Create(o =>
        {
            o.Journal.BaseAddress = Simulator.BaseAddress;
            o.Journal.Timeout = TimeSpan.FromMilliseconds(500);
            o.Journal.RetryDelay = TimeSpan.FromMilliseconds(1);
        });

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => Journal(services).WriteNoteAsync(
            new JournalNote(Guid.NewGuid(), TestPeople.Adult1961, "Titel", "Text", DateTimeOffset.UnixEpoch), CancellationToken.None));

        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(e.InnerException);
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(Simulator.RequestCount >= 1), TimeSpan.FromSeconds(10)));
        Assert.Equal(1, Simulator.RequestCount);
        Assert.Empty(Simulator.Notes);
    }

    [Fact]
    public async Task WriteNoteAsync_JournalUnavailable_ThrowsHttpRequestException()
    {
        using var services = Services();
        Simulator.SetAvailable(false);

        await Assert.ThrowsAsync<HttpRequestException>(() => Journal(services).WriteNoteAsync(
            new JournalNote(Guid.NewGuid(), TestPeople.Adult1961, "Titel", "Text", DateTimeOffset.UnixEpoch), CancellationToken.None));
        Assert.Empty(Simulator.Notes);
    }

    [Fact]
    public async Task GetNotes_AfterWrite_ListsNoteOverHttp()
    {
        using var services = Services();
        var note = new JournalNote(Guid.NewGuid(), TestPeople.Adult1990, "Titel", "Text", DateTimeOffset.UnixEpoch);
        await Journal(services).WriteNoteAsync(note, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = Simulator.BaseAddress };

        var notes = await http.GetFromJsonAsync<List<SimulatedJournalNote>>("journal/notes");

        Assert.Equal(TestPeople.Adult1990.Value, Assert.Single(notes!).Personnummer);
    }

    [Fact]
    public async Task ConsentSearch_SameIdPutTwice_ListsLatestForPatientOnly()
    {
        Simulator.PutConsent(Seal("seal-1", TestPeople.Young2000.Value, "active"));
        Simulator.PutConsent(Seal("seal-1", TestPeople.Young2000.Value, "inactive"));
        Assert.True(Simulator.TryPutConsent(FhirJson.Serialize(Seal("seal-2", TestPeople.Tolvan.Value, "active")), out _, out _));
        using var http = new HttpClient { BaseAddress = Simulator.BaseAddress };

        using var response = await http.GetAsync(
            $"fhir/Consent?patient.identifier={Uri.EscapeDataString(IdentifierSystems.PersonnummerOid + "|" + TestPeople.Young2000.Value)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = FhirJson.Deserialize<Bundle>(await response.Content.ReadAsStringAsync());
        var consent = Assert.IsType<Consent>(Assert.Single(bundle.Entry).Resource);
        Assert.Equal(("seal-1", Consent.ConsentState.Inactive), (consent.Id, consent.Status));
    }

    [Fact]
    public async Task ControlConsents_NotAConsent_AnswersBadRequest()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseAddress };

        using var response = await http.PutAsync(
            "control/consents", new StringContent("""{"resourceType":"Patient"}""", System.Text.Encoding.UTF8, FhirJson.MediaType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static Consent Seal(string id, string personnummer, string status) => new()
    {
        Id = id,
        Status = status == "active" ? Consent.ConsentState.Active : Consent.ConsentState.Inactive,
        Scope = ConsentScopeCodes.PatientPrivacyConcept,
        Category = [ConsentCategoryCodes.PatientConsentConcept],
        Patient = new ResourceReference { Identifier = HubIdentifiers.Personnummer(personnummer) },
        Provision = new Consent.provisionComponent { Type = Consent.ConsentProvisionType.Deny },
    };

    private static IJournalSystem Journal(ServiceProvider services) => services.GetRequiredService<IJournalSystem>();

    private ServiceProvider Services() => AdapterServices.Create(o =>
    {
        o.Journal.BaseAddress = Simulator.BaseAddress;
        o.Journal.RetryDelay = TimeSpan.FromMilliseconds(1);
    });
}
