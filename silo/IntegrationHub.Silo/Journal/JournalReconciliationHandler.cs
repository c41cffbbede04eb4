using IntegrationHub.Gateway.Fhir.Journal;
using System.Text.Json;
using IntegrationHub.Grains.Journal;
using IntegrationHub.Identity;
using IntegrationHub.Runtime.Outbox;
using IntegrationHub.Runtime.Storage;

namespace IntegrationHub.Silo.Journal;

/// <summary>
/// The daily journal reconciliation: every resident the hub holds journal restrictions for is compared with the journal
/// system's own list, and missed updates are applied through the same order-safe path as a POST Consent. A failure
/// leaves the event in the outbox to run again; a rerun repairs nothing twice.
/// </summary>
internal sealed class JournalReconciliationHandler(IGrainStorage storage, JournalConsentReconciler reconciler) : IOutboxHandler
{
    private const int PageSize = 500;

    public string Topic => JournalReconciliationDue.Topic;

    public async Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        _ = envelope.Read<JournalReconciliationDue>(JsonSerializerOptions.Web);
        var query = new IndexQuery(JournalReconciliationDue.RestrictedIndex, "all", Limit: PageSize);
        while (true)
        {
            var page = await storage.QueryIndexAsync(query, cancellationToken);
            foreach (var entry in page)
            {
                if (Personnummer.TryParse(entry.EntryKey, out var personnummer))
                {
                    await reconciler.ReconcileAsync(personnummer, cancellationToken);
                }
            }

            if (page.Count < PageSize)
            {
                return;
            }

            query = query with { After = new IndexCursor(page[^1].SortKey, page[^1].EntryKey) };
        }
    }
}
