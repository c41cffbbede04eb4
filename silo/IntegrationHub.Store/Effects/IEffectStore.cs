using IntegrationHub.Store.Indexes;

namespace IntegrationHub.Store.Effects;

/// <summary>
/// Where a grain's effects go after its state write commits: its outbox events, its query-row changes and the uploads it
/// kept, applied in one transaction and idempotently (events by id, rows by key), so applying them again changes nothing.
/// A grain that is about to commit effects first leaves a marker; applying them removes it. A marker that outlives a
/// crash names a grain whose effects may still wait in its state, and the silo's recovery wakes that grain up.
/// </summary>
public interface IEffectStore
{
    Task MarkPendingAsync(GrainRef grain, DateTimeOffset at, CancellationToken cancellationToken);

    /// <param name="keptAttachments">Staged uploads that became the grain's (a case's message committed with them).</param>
    Task ApplyAsync(GrainRef grain, IReadOnlyList<OutboxMessage> events, IReadOnlyList<IndexChange> indexChanges, IReadOnlyList<string> keptAttachments, CancellationToken cancellationToken);

    /// <summary>Grains whose marker is older than <paramref name="before"/>, oldest first.</summary>
    Task<IReadOnlyList<GrainRef>> FindPendingAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken);

    /// <summary>Removes a marker whose grain had nothing left to apply.</summary>
    Task ClearPendingAsync(GrainRef grain, CancellationToken cancellationToken);
}
