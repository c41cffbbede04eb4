using IntegrationHub.Adapters.Journal;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Identity;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Grains.Journal;

/// <summary>
/// Compares the hub's mirror of a resident's seals and guardian blocks with the journal system's own list and repairs
/// drift the way <c>POST Consent</c> would have: each of the journal's Consents goes through the same order-safe update,
/// so a lost or late delivery is made good and nothing older overwrites anything newer (JR1, JR2). A restriction only
/// the hub holds is kept and reported.
/// </summary>
public sealed partial class JournalReconciler(IJournalSystem journal, HubGrains grains, ILogger<JournalReconciler> logger)
{
    /// <exception cref="HttpRequestException">The journal system gave no usable answer; nothing was changed.</exception>
    public async Task<JournalReconciliation> ReconcileAsync(Personnummer personnummer, CancellationToken cancellationToken)
    {
        var listed = await journal.ListRestrictionsAsync(personnummer, cancellationToken);
        var account = grains.Account(personnummer.Value);
        var repaired = 0;
        foreach (var consent in listed.Readable)
        {
            if (await account.ApplyJournalConsentAsync(JournalConsentUpdates.From(consent)))
            {
                repaired++;
            }
        }

        var ids = listed.Readable.Select(c => c.ConsentId).ToHashSet(StringComparer.Ordinal);
        var hubOnly = (await account.GetJournalMirrorAsync()).Restrictions.Select(r => r.ConsentId).Where(id => !ids.Contains(id)).ToList();
        if (repaired > 0 || listed.Unreadable > 0 || hubOnly.Count > 0)
        {
            LogDrift(logger, grains.Pseudonyms.Of(personnummer.Value), repaired, listed.Unreadable, hubOnly.Count);
        }

        return new JournalReconciliation(repaired, listed.Unreadable, hubOnly);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal consent drift for resident {Resident}: {Repaired} repaired, {Unreadable} unreadable, {HubOnly} held only by the hub")]
    private static partial void LogDrift(ILogger logger, string resident, int repaired, int unreadable, int hubOnly);
}
