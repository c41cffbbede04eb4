using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using IntegrationHub.Adapters;
using IntegrationHub.Fhir.Journal;
using IntegrationHub.Fhir.Outcomes;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Fhir.Validation;
using IntegrationHub.Grains.Accounts;
using IntegrationHub.Identity;
using IntegrationHub.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.Fhir.Journal;

/// <summary>
/// Compares the hub's mirror of a resident's seals and guardian blocks with the journal system's own list
/// (<c>GET {journal}/fhir/Consent?patient.identifier=</c>) and repairs drift the way <c>POST Consent</c> would have:
/// each of the journal's Consents goes through the same order-safe update, so a lost or late delivery is made good and
/// nothing older overwrites anything newer (JR1, JR2). A Consent is applied only when it passes what <c>POST Consent</c>
/// checks (its R4 profile and <see cref="JournalConsentMapping"/>); others are counted unreadable. A restriction only the
/// hub holds is kept and reported.
/// </summary>
public sealed partial class JournalConsentReconciler(
    IHttpClientFactory httpClients,
    IOptions<HubAdapterOptions> adapters,
    FhirResourceValidator validator,
    IGrainFactory grains,
    ILogger<JournalConsentReconciler> logger)
{
    /// <exception cref="HttpRequestException">The journal system did not answer; nothing was changed.</exception>
    public async Task<JournalReconciliation> ReconcileAsync(Personnummer personnummer, CancellationToken cancellationToken)
    {
        var journal = adapters.Value.Journal.BaseAddress ?? throw new InvalidOperationException("The journal system's address (Journal.BaseAddress) is not configured.");
        using var http = httpClients.CreateClient();
        var query = Uri.EscapeDataString($"{IdentifierSystems.Personnummer}|{personnummer.Value}");
        using var response = await http.GetAsync(new Uri(journal, $"fhir/Consent?patient.identifier={query}"), cancellationToken);
        response.EnsureSuccessStatusCode();
        var parsed = FhirJson.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        var faultyEntries = parsed.Issues.Where(OperationOutcomes.IsError).Select(EntryOf).ToList();
        if (parsed.Resource is not Bundle bundle || faultyEntries.Contains(null))
        {
            throw new HttpRequestException("The journal system's Consent list is not a FHIR Bundle: " + string.Join("; ", parsed.Issues.Select(i => i.Diagnostics)));
        }

        var account = grains.GetGrain<IResidentAccountGrain>(personnummer.Value);
        var repaired = 0;
        var unreadable = 0;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (consent, index) in bundle.Entry.Select((e, i) => (e.Resource as Consent, i)))
        {
            if (consent is null)
            {
                continue;
            }

            if (faultyEntries.Contains(index)
                || validator.Validate(consent).Any(OperationOutcomes.IsError)
                || JournalConsentMapping.Read(consent).Consent is not { } restriction
                || restriction.Patient.Value != personnummer.Value)
            {
                unreadable++;
                continue;
            }

            var update = JournalConsentContracts.ToUpdate(restriction);
            listed.Add(update.ConsentId);
            if (await account.ApplyJournalConsentAsync(update))
            {
                repaired++;
            }
        }

        var hubOnly = (await account.GetJournalMirrorAsync()).Restrictions.Select(r => r.ConsentId).Where(id => !listed.Contains(id)).ToList();
        if (repaired > 0 || unreadable > 0 || hubOnly.Count > 0)
        {
            LogDrift(logger, personnummer.ToLogHash(), repaired, unreadable, hubOnly.Count);
        }

        return new JournalReconciliation(repaired, unreadable, hubOnly);
    }

    // A Consent the strict reader faulted is one unreadable entry; a fault outside the entries, no list at all.
    private static int? EntryOf(OperationOutcome.IssueComponent issue) =>
        EntryPath().Match(issue.Expression.FirstOrDefault() ?? string.Empty) is { Success: true } match
            ? int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^Bundle\.entry\[(?<index>[0-9]{1,6})\]\.resource\b", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPath();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal consent drift for resident {ResidentHash}: {Repaired} repaired, {Unreadable} unreadable, {HubOnly} held only by the hub")]
    private static partial void LogDrift(ILogger logger, string residentHash, int repaired, int unreadable, int hubOnly);
}
