using IntegrationHub.Identity;

namespace IntegrationHub.Fhir.Journal;

/// <summary>
/// A seal or guardian block as the journal system states it in a FHIR Consent. <see cref="ConsentId"/> is the journal
/// system's id of the restriction (<c>identifier</c>); <see cref="Active"/> false lifts it; <see cref="RecordedAt"/>
/// (<c>dateTime</c>) orders the updates of one id. <see cref="Units"/> are HSA-ids, <see cref="Guardians"/> personnummer.
/// </summary>
public sealed record JournalConsent(
    Personnummer Patient,
    string ConsentId,
    JournalConsentKind Kind,
    bool Active,
    DateTimeOffset RecordedAt,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Guardians);
