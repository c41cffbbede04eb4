using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Identity;

namespace IntegrationHub.Gateway.Fhir.Journal;

public sealed record JournalConsentMappingResult(Personnummer Personnummer, JournalConsentUpdate? Update, string? Field, string? Problem)
{
    public static JournalConsentMappingResult Mapped(Personnummer personnummer, JournalConsentUpdate update) => new(personnummer, update, null, null);

    public static JournalConsentMappingResult Invalid(string field, string problem) => new(default, null, field, problem);
}
