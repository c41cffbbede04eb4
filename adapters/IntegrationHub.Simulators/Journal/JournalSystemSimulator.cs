using System.Collections.Concurrent;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Outcomes;
using IntegrationHub.Fhir.Search;
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
    /// Returns the Consent as stored (a copy: the caller's stays its own).
    /// </summary>
    public Consent PutConsent(Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var stored = (Consent)consent.DeepCopy();
        stored.Id ??= Guid.NewGuid().ToString("N");
        _consents[stored.Id] = stored;
        return stored;
    }

    /// <summary>Reads a FHIR Consent (as a journal system would send it) and puts it; false with the reasons when it is not one.</summary>
    public bool TryPutConsent(string json, out Consent? stored, out OperationOutcome? refusal)
    {
        stored = null;
        refusal = null;
        var parsed = FhirJson.Parse(json);
        if (!parsed.IsSuccess || parsed.Resource is not Consent consent)
        {
            refusal = parsed.IsSuccess
                ? OperationOutcomes.Error(OperationOutcome.IssueType.Invalid, $"Expected resourceType 'Consent' but the body has '{parsed.Resource.TypeName}'.")
                : OperationOutcomes.Of(parsed.Issues);
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
            using var reader = new StreamReader(request.Body);
            return TryPutConsent(await reader.ReadToEndAsync(request.HttpContext.RequestAborted), out var stored, out var refusal)
                ? FhirResults.Resource(stored!)
                : FhirResults.Resource(refusal!, StatusCodes.Status400BadRequest);
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
                OperationOutcome.IssueType.Invalid,
                "Search by patient.identifier={personnummer system}|{12 digits}.",
                "patient.identifier");
        }

        return FhirResults.Resource(
            SearchSets.Of(FhirResults.FhirBase(request), FhirResults.SelfUrl(request), ConsentsFor(personnummer)));
    }
}
