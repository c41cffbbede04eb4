using IntegrationHub.Fhir.Journal;

namespace IntegrationHub.Adapters.Journal;

/// <summary>
/// A resident's seals and guardian blocks as the journal system lists them: those the hub can act on exactly as meant
/// (each passes what <c>POST Consent</c> checks), and how many entries it could not read.
/// </summary>
public sealed record JournalRestrictionList(IReadOnlyList<JournalConsent> Readable, int Unreadable);
