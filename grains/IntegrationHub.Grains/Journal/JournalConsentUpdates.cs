using IntegrationHub.Fhir.Journal;
using IntegrationHub.Grains.Contracts.Accounts;

namespace IntegrationHub.Grains.Journal;

/// <summary>A journal system's seal or guardian block as the account grain takes it.</summary>
internal static class JournalConsentUpdates
{
    public static JournalConsentUpdate From(JournalConsent consent) =>
        new(consent.ConsentId, Enum.Parse<JournalRestriction>(consent.Kind.ToString()), consent.Active, consent.RecordedAt, consent.Units, consent.Guardians);
}
