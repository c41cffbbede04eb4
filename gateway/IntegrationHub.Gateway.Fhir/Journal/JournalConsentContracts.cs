using IntegrationHub.Fhir.Journal;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Identity;

namespace IntegrationHub.Gateway.Fhir.Journal;

/// <summary>A journal system's seal or guardian block (<see cref="JournalConsent"/>) as the account grain takes and holds it.</summary>
internal static class JournalConsentContracts
{
    public static JournalConsentUpdate ToUpdate(JournalConsent consent) =>
        new(consent.ConsentId, ToRestriction(consent.Kind), consent.Active, consent.RecordedAt, consent.Units, consent.Guardians);

    public static JournalConsent FromUpdate(JournalConsentUpdate update, Personnummer patient) =>
        new(patient, update.ConsentId, ToKind(update.Restriction), update.Active, update.RecordedAt, update.Units, update.Guardians);

    private static JournalRestriction ToRestriction(JournalConsentKind kind) => kind switch
    {
        JournalConsentKind.GuardianBlock => JournalRestriction.GuardianBlock,
        JournalConsentKind.UnitSeal => JournalRestriction.UnitSeal,
        _ => JournalRestriction.Seal,
    };

    private static JournalConsentKind ToKind(JournalRestriction restriction) => restriction switch
    {
        JournalRestriction.GuardianBlock => JournalConsentKind.GuardianBlock,
        JournalRestriction.UnitSeal => JournalConsentKind.UnitSeal,
        _ => JournalConsentKind.Seal,
    };
}
