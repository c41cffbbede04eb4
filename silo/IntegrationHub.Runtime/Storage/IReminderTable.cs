namespace IntegrationHub.Runtime.Storage;

/// <summary>Durable reminders as rows, claimed with a lease so that any number of silos share them and none is lost.</summary>
public interface IReminderTable
{
    Task<ReminderEntry> UpsertAsync(GrainId grain, string name, DateTimeOffset dueAt, TimeSpan? period, CancellationToken cancellationToken);

    Task RemoveAsync(GrainId grain, string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReminderEntry>> ReadAsync(GrainId grain, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReminderEntry>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int maxCount, CancellationToken cancellationToken);

    /// <summary>
    /// After a firing: moves the reminder to <paramref name="nextDueAt"/>, or removes it when null, unless it was
    /// registered again meanwhile (its ETag changed); either way the lease ends.
    /// </summary>
    Task CompleteAsync(ReminderEntry fired, string owner, DateTimeOffset? nextDueAt, CancellationToken cancellationToken);
}
