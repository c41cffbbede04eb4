using IntegrationHub.Grains.Contracts.Calls;
namespace IntegrationHub.Grains.Contracts.Clinics;

/// <summary>
/// One clinic (mottagning), keyed by its HSA-id: the case types it offers and how each is configured (CS1), and its
/// information text, stored sanitised (CS10). Staff rights at the clinic come from the HSA directory at login.
/// </summary>
[Alias("hub.IClinicGrain")]
public interface IClinicGrain : IGrainWithStringKey
{
    /// <summary>Activates, deactivates or reconfigures one case type; the settings were parsed and checked by the caller.</summary>
    Task ConfigureCaseTypeAsync(ClinicCaseType caseType);

    /// <summary>Stores the information text after sanitising it (CS10); returns what was stored (empty for no text).</summary>
    Task<string> SetInfoAsync(string? html);

    /// <summary>The information text and every configured case type, active or not.</summary>
    [Idempotent]
    Task<ClinicOffer> GetOfferAsync();
}
