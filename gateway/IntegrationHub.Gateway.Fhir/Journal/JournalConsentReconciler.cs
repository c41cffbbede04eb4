using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Adapters;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.Fhir.Journal;

/// <summary>
/// Compares the hub's mirror of a resident's seals and guardian blocks with the journal system's own list
/// (<c>GET {journal}/fhir/Consent?patient.identifier=</c>) and repairs drift the way <c>POST Consent</c> would have:
/// each of the journal's Consents goes through the same order-safe update, so a lost or late delivery is made good and
/// nothing older overwrites anything newer (JR1, JR2). A restriction only the hub holds is kept and reported.
/// </summary>
public sealed partial class JournalConsentReconciler(
    IHttpClientFactory httpClients, IOptions<HubAdapterOptions> adapters, HubGrains grains, ILogger<JournalConsentReconciler> logger)
{
    /// <exception cref="HttpRequestException">The journal system did not answer; nothing was changed.</exception>
    public async Task<JournalReconciliation> ReconcileAsync(Personnummer personnummer, CancellationToken cancellationToken)
    {
        var journal = adapters.Value.Journal.BaseAddress ?? throw new InvalidOperationException("The journal system's address (Journal.BaseAddress) is not configured.");
        using var http = httpClients.CreateClient();
        var query = Uri.EscapeDataString($"{IdentifierSystems.Personnummer}|{personnummer.Value}");
        using var response = await http.GetAsync(new Uri(journal, $"fhir/Consent?patient.identifier={query}"), cancellationToken);
        response.EnsureSuccessStatusCode();
        var parsed = await FhirJson.ParseResourceAsync<Bundle>(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken);
        if (!parsed.IsSuccess)
        {
            throw new HttpRequestException($"The journal system's Consent list is not a FHIR Bundle: {parsed.Error}");
        }

        var account = grains.Account(personnummer.Value);
        var repaired = 0;
        var unreadable = 0;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var consent in parsed.Resource.Entry?.Select(e => e.Resource).OfType<Consent>() ?? [])
        {
            var mapped = JournalConsentMapping.Map(consent);
            if (mapped.Update is null || mapped.Personnummer.Value != personnummer.Value)
            {
                unreadable++;
                continue;
            }

            listed.Add(mapped.Update.ConsentId);
            if (await account.ApplyJournalConsentAsync(mapped.Update))
            {
                repaired++;
            }
        }

        var hubOnly = (await account.GetJournalMirrorAsync()).Restrictions.Select(r => r.ConsentId).Where(id => !listed.Contains(id)).ToList();
        if (repaired > 0 || unreadable > 0 || hubOnly.Count > 0)
        {
            LogDrift(logger, grains.Pseudonyms.Of(personnummer.Value), repaired, unreadable, hubOnly.Count);
        }

        return new JournalReconciliation(repaired, unreadable, hubOnly);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal consent drift for resident {Resident}: {Repaired} repaired, {Unreadable} unreadable, {HubOnly} held only by the hub")]
    private static partial void LogDrift(ILogger logger, string resident, int repaired, int unreadable, int hubOnly);
}
