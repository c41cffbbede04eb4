namespace IntegrationHub.Store.Outbox;

/// <summary>The outbox as workers on any silo see it: claim a lease, deliver, complete or release for a retry.</summary>
public interface IOutboxStore
{
    Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int maxCount, CancellationToken cancellationToken);

    Task CompleteAsync(Guid id, string owner, DateTimeOffset deliveredAt, CancellationToken cancellationToken);

    Task ReleaseAsync(Guid id, string owner, DateTimeOffset retryAt, string error, CancellationToken cancellationToken);

    Task<int> CountUndeliveredAsync(CancellationToken cancellationToken);

    /// <summary>When the oldest undelivered event fell due, or null when none waits: the outbox's lag.</summary>
    Task<DateTimeOffset?> OldestUndeliveredAsync(CancellationToken cancellationToken);
}
