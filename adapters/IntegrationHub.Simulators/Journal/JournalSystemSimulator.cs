using System.Collections.Concurrent;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Simulators.Journal;

/// <summary>
/// The journal system. <c>POST {base}/journal/notes</c> <c>{id, personnummer, title, text, writtenAt}</c> stores a
/// note, idempotent by id: 201 the first time, 200 (storing nothing) for an id it has; <c>GET {base}/journal/notes</c>
/// lists them in arrival order. It also keeps its own seal and guardian-block Consents (the latest per id):
/// <see cref="PutConsent"/> (also <c>PUT {base}/control/consents</c> with a FHIR Consent), and
/// <c>GET {base}/fhir/Consent?patient.identifier={personnummer system}|{12 digits}</c> answers them as a searchset.
/// </summary>
public sealed class JournalSystemSimulator : Simulator
{
    private readonly IdempotentLog<SimulatedJournalNote> _notes = new();
    private readonly ConcurrentDictionary<string, Consent> _consents = new(StringComparer.Ordinal);

    private JournalSystemSimulator()
    {
    }

    /// <summary>Starts a journal system alone on a free port of 127.0.0.1.</summary>
    public static Task<JournalSystemSimulator> StartAsync(CancellationToken cancellationToken) =>
        StartAsync(new JournalSystemSimulator(), cancellationToken);

    /// <summary>The notes received, in arrival order (one per id).</summary>
    public IReadOnlyList<SimulatedJournalNote> Notes => _notes.Snapshot();

    /// <summary>Stores a note unless one with its id is stored; true when it was new.</summary>
    public bool AddNote(SimulatedJournalNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return _notes.TryAdd(note.Id, note);
    }

    /// <summary>
    /// Creates or replaces (by <c>id</c>) a seal or guardian-block Consent; one without an id gets a new one.
    /// Returns the Consent as stored.
    /// </summary>
    public Consent PutConsent(Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var stored = consent.Id is null ? consent with { Id = Guid.NewGuid().ToString("N") } : consent;
        _consents[stored.Id!] = stored;
        return stored;
    }

    /// <summary>Parses a FHIR Consent (as a journal system would send it) and puts it; false with the reason when it is not one.</summary>
    public bool TryPutConsent(string json, out Consent? stored, out FhirParseError? error)
    {
        stored = null;
        if (!FhirJson.TryParseResource<Consent>(json, out var consent, out error))
        {
            return false;
        }

        stored = PutConsent(consent);
        return true;
    }

    /// <summary>The Consents whose patient is identified by this personnummer (either system).</summary>
    public IReadOnlyList<Consent> ConsentsFor(string personnummer) =>
        [.. _consents.Values.Where(c => IsFor(c, personnummer)).OrderBy(c => c.Id, StringComparer.Ordinal)];

    /// <inheritdoc/>
    protected override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/journal/notes", (SimulatedJournalNote note) =>
            AddNote(note) ? Results.Created($"/journal/notes/{note.Id}", note) : Results.Ok(note));
        routes.MapGet("/journal/notes", () => Notes);
        routes.MapGet("/fhir/Consent", SearchConsents);
        routes.MapPut("/control/consents", async (HttpRequest request) =>
        {
            var parsed = await FhirJson.ParseResourceAsync<Consent>(request.Body, request.HttpContext.RequestAborted);
            return parsed.IsSuccess
                ? FhirResults.Resource(PutConsent(parsed.Resource))
                : FhirResults.Resource(parsed.Error.ToOperationOutcome(), StatusCodes.Status400BadRequest);
        });
    }

    private static bool IsFor(Consent consent, string personnummer) =>
        consent.Patient?.Identifier is { } id
        && IdentifierSystems.IsPersonnummer(id.System)
        && string.Equals(id.Value, personnummer, StringComparison.Ordinal);

    private IResult SearchConsents(HttpRequest request)
    {
        if (!SearchToken.TryParsePersonnummer(request.Query["patient.identifier"], out var personnummer))
        {
            return FhirResults.BadRequest(
                IssueTypeCodes.Invalid,
                "Search by patient.identifier={personnummer system}|{12 digits}.",
                "patient.identifier");
        }

        return FhirResults.Resource(
            Bundle.SearchSet(FhirResults.FhirBase(request), FhirResults.SelfUrl(request), ConsentsFor(personnummer)));
    }
}
