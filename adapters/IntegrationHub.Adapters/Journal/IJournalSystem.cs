using IntegrationHub.Identity;

namespace IntegrationHub.Adapters.Journal;

/// <summary>
/// The journal system: the hub writes notes to it ("Inloggning till 1177", LK5) and reads its own list of a resident's
/// seals and guardian blocks, to repair what the hub missed (JR1, JR2).
/// </summary>
public interface IJournalSystem
{
    /// <summary>Writes a note; idempotent by <see cref="JournalNote.Id"/>, so an outbox retry never writes twice.</summary>
    Task WriteNoteAsync(JournalNote note, CancellationToken cancellationToken);

    /// <summary><c>GET {base}fhir/Consent?patient.identifier=</c>: the restrictions the journal system holds for the resident.</summary>
    /// <exception cref="HttpRequestException">No usable answer (down, or not a FHIR Bundle); nothing can be concluded.</exception>
    Task<JournalRestrictionList> ListRestrictionsAsync(Personnummer personnummer, CancellationToken cancellationToken);
}
