using IntegrationHub.Grains.Contracts.Journal;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Outbox;
using IntegrationHub.Identity;
using IntegrationHub.Store.Indexes;

namespace IntegrationHub.Grains.Journal;

/// <summary>
/// The daily journal reconciliation: every resident the hub holds journal restrictions for is compared with the journal
/// system's own list (<see cref="JournalReconciler"/>). A failure leaves the event in the outbox to run again; a rerun
/// repairs nothing twice.
/// </summary>
internal sealed class JournalReconciliationHandler(IIndexStore index, ResidentPseudonyms pseudonyms, JournalReconciler reconciler) : IOutboxHandler
{
    private const int PageSize = 500;

    public string Topic => JournalReconciliationDue.Topic;

    public async Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        _ = envelope.Read<JournalReconciliationDue>();
        var query = new IndexQuery(JournalReconciliationDue.RestrictedIndex, "all", Limit: PageSize);
        while (true)
        {
            var page = await index.QueryAsync(query, cancellationToken);
            foreach (var entry in page)
            {
                await reconciler.ReconcileAsync(Personnummer.Parse(pseudonyms.Reveal(entry.EntryKey)), cancellationToken);
            }

            if (page.Count < PageSize)
            {
                return;
            }

            query = query with { After = new IndexCursor(page[^1].SortKey, page[^1].EntryKey) };
        }
    }
}
