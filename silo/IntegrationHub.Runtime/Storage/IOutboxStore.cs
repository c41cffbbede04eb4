namespace IntegrationHub.Runtime.Storage;

/// <summary>The outbox as workers on any silo see it: claim a lease, deliver, complete or release for a retry.</summary>
public interface IOutboxStore
{
    Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int maxCount, CancellationToken cancellationToken);

    Task CompleteAsync(Guid id, string owner, DateTimeOffset deliveredAt, CancellationToken cancellationToken);

    Task ReleaseAsync(Guid id, string owner, DateTimeOffset retryAt, string error, CancellationToken cancellationToken);

    Task<int> CountUndeliveredAsync(CancellationToken cancellationToken);
}
