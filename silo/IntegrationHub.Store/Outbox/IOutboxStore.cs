namespace IntegrationHub.Store.Outbox;

/// <summary>
/// The outbox as any silo sees it: a dispatcher claims due rows with a lease and publishes them, the consumer that handles
/// one completes it or releases it for a retry; a lease that runs out makes the row due again.
/// </summary>
public interface IOutboxStore
{
    Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int maxCount, CancellationToken cancellationToken);

    Task CompleteAsync(Guid id, string owner, DateTimeOffset deliveredAt, CancellationToken cancellationToken);

    Task ReleaseAsync(Guid id, string owner, DateTimeOffset retryAt, string error, CancellationToken cancellationToken);

    Task<int> CountUndeliveredAsync(CancellationToken cancellationToken);

    /// <summary>Undelivered events due at <paramref name="now"/>, leased or not: what delivering everything due waits for.</summary>
    Task<int> CountDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>True while the event is in the outbox and not delivered; a consumer drops a duplicate when it is false.</summary>
    Task<bool> IsPendingAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>When the oldest undelivered event fell due, or null when none waits: the outbox's lag.</summary>
    Task<DateTimeOffset?> OldestUndeliveredAsync(CancellationToken cancellationToken);
}
