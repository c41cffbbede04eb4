namespace IntegrationHub.Runtime.Storage.Memory;

/// <summary>
/// The in-memory store for unit tests: the same contract as the SQL stores (a commit is all or nothing under one
/// lock), so it passes the same storage test suite.
/// </summary>
public sealed class MemoryGrainStore : IGrainStorage, IOutboxStore, IReminderTable
{
    private readonly Lock gate = new();
    private readonly Dictionary<(GrainId Grain, string StateName), StoredState> states = [];
    private readonly Dictionary<Guid, OutboxRow> outbox = [];
    private readonly Dictionary<(string Index, string EntryKey), IndexEntry> index = [];
    private readonly Dictionary<(GrainId Grain, string Name), ReminderRow> reminders = [];

    public Task<StoredState> ReadAsync(GrainId grain, string stateName, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(states.TryGetValue((grain, stateName), out var stored) ? stored : StoredState.None);
        }
    }

    public Task<long> CommitAsync(GrainCommit commit, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            long newVersion = 0;
            if (commit.State is { } write)
            {
                var key = (write.Grain, write.StateName);
                var current = states.TryGetValue(key, out var stored) ? stored.Version : 0;
                if (current != write.ExpectedVersion)
                {
                    throw new InconsistentStateException(write.Grain, write.StateName, write.ExpectedVersion);
                }

                newVersion = current + 1;
                states[key] = new StoredState(write.Json, newVersion);
            }

            foreach (var message in commit.Events)
            {
                outbox.TryAdd(message.Id, new OutboxRow(message));
            }

            foreach (var removal in commit.IndexRemovals)
            {
                index.Remove((removal.Index, removal.EntryKey));
            }

            foreach (var entry in commit.IndexUpserts)
            {
                index[(entry.Index, entry.EntryKey)] = entry;
            }

            return Task.FromResult(newVersion);
        }
    }

    public Task<IReadOnlyList<IndexEntry>> QueryIndexAsync(IndexQuery query, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IEnumerable<IndexEntry> rows = index.Values.Where(e => e.Index == query.Index);
            if (query.Partition is not null)
            {
                rows = rows.Where(e => e.Partition == query.Partition);
            }

            if (query.SortFrom is not null)
            {
                rows = rows.Where(e => string.CompareOrdinal(e.SortKey, query.SortFrom) >= 0);
            }

            if (query.SortTo is not null)
            {
                rows = rows.Where(e => string.CompareOrdinal(e.SortKey, query.SortTo) < 0);
            }

            if (query.After is { } after)
            {
                rows = query.Descending
                    ? rows.Where(e => Compare(e, after) < 0)
                    : rows.Where(e => Compare(e, after) > 0);
            }

            var ordered = query.Descending
                ? rows.OrderByDescending(e => e.SortKey, StringComparer.Ordinal).ThenByDescending(e => e.EntryKey, StringComparer.Ordinal)
                : rows.OrderBy(e => e.SortKey, StringComparer.Ordinal).ThenBy(e => e.EntryKey, StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyList<IndexEntry>>(ordered.Take(query.Limit).ToList());
        }

        static int Compare(IndexEntry e, IndexCursor c)
        {
            var bySort = string.CompareOrdinal(e.SortKey, c.SortKey);
            return bySort != 0 ? bySort : string.CompareOrdinal(e.EntryKey, c.EntryKey);
        }
    }

    public Task<IReadOnlyList<GrainId>> PurgeAsync(string index, string grainType, string sortKeyBefore, int batchSize, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var doomed = this.index.Values
                .Where(e => e.Index == index && e.Grain.Type == grainType && string.CompareOrdinal(e.SortKey, sortKeyBefore) < 0)
                .Select(e => e.Grain)
                .Distinct()
                .Take(batchSize)
                .ToHashSet();
            foreach (var key in states.Keys.Where(k => doomed.Contains(k.Grain)).ToList())
            {
                states.Remove(key);
            }

            foreach (var key in this.index.Where(kv => doomed.Contains(kv.Value.Grain)).Select(kv => kv.Key).ToList())
            {
                this.index.Remove(key);
            }

            foreach (var key in reminders.Keys.Where(k => doomed.Contains(k.Grain)).ToList())
            {
                reminders.Remove(key);
            }

            return Task.FromResult<IReadOnlyList<GrainId>>(doomed.ToList());
        }
    }

    public Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int maxCount, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var claimed = outbox.Values
                .Where(r => r.DeliveredAt is null && r.DueAt <= now && (r.LeaseUntil is null || r.LeaseUntil < now))
                .OrderBy(r => r.DueAt)
                .Take(maxCount)
                .ToList();
            foreach (var row in claimed)
            {
                row.LeaseOwner = owner;
                row.LeaseUntil = now + lease;
            }

            return Task.FromResult<IReadOnlyList<ClaimedOutboxMessage>>(
                claimed.Select(r => new ClaimedOutboxMessage(r.Message, r.Attempts)).ToList());
        }
    }

    public Task CompleteAsync(Guid id, string owner, DateTimeOffset deliveredAt, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (outbox.TryGetValue(id, out var row) && row.LeaseOwner == owner)
            {
                row.DeliveredAt = deliveredAt;
            }
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(Guid id, string owner, DateTimeOffset retryAt, string error, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (outbox.TryGetValue(id, out var row) && row.LeaseOwner == owner)
            {
                row.Attempts++;
                row.DueAt = retryAt;
                row.LeaseOwner = null;
                row.LeaseUntil = null;
                row.LastError = error;
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> CountUndeliveredAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(outbox.Values.Count(r => r.DeliveredAt is null));
        }
    }

    public Task<ReminderEntry> UpsertAsync(GrainId grain, string name, DateTimeOffset dueAt, TimeSpan? period, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var entry = new ReminderEntry(grain, name, dueAt, period, Guid.NewGuid().ToString("N"));
            reminders[(grain, name)] = new ReminderRow(entry);
            return Task.FromResult(entry);
        }
    }

    public Task RemoveAsync(GrainId grain, string name, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            reminders.Remove((grain, name));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReminderEntry>> ReadAsync(GrainId grain, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>(
                reminders.Values.Where(r => r.Entry.Grain == grain).Select(r => r.Entry).ToList());
        }
    }

    public Task<IReadOnlyList<ReminderEntry>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int maxCount, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var due = reminders.Values
                .Where(r => r.Entry.DueAt <= now && (r.LeaseUntil is null || r.LeaseUntil < now))
                .OrderBy(r => r.Entry.DueAt)
                .Take(maxCount)
                .ToList();
            foreach (var row in due)
            {
                row.LeaseOwner = owner;
                row.LeaseUntil = now + lease;
            }

            return Task.FromResult<IReadOnlyList<ReminderEntry>>(due.Select(r => r.Entry).ToList());
        }
    }

    public Task CompleteAsync(ReminderEntry fired, string owner, DateTimeOffset? nextDueAt, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var key = (fired.Grain, fired.Name);
            if (!reminders.TryGetValue(key, out var row))
            {
                return Task.CompletedTask;
            }

            if (row.Entry.ETag != fired.ETag)
            {
                if (row.LeaseOwner == owner)
                {
                    row.LeaseOwner = null;
                    row.LeaseUntil = null;
                }

                return Task.CompletedTask;
            }

            if (nextDueAt is null)
            {
                reminders.Remove(key);
            }
            else
            {
                reminders[key] = new ReminderRow(fired with { DueAt = nextDueAt.Value });
            }
        }

        return Task.CompletedTask;
    }

    private sealed class OutboxRow(OutboxMessage message)
    {
        public OutboxMessage Message { get; } = message;

        public DateTimeOffset DueAt { get; set; } = message.DueAt;

        public int Attempts { get; set; }

        public string? LeaseOwner { get; set; }

        public DateTimeOffset? LeaseUntil { get; set; }

        public DateTimeOffset? DeliveredAt { get; set; }

        public string? LastError { get; set; }
    }

    private sealed class ReminderRow(ReminderEntry entry)
    {
        public ReminderEntry Entry { get; } = entry;

        public string? LeaseOwner { get; set; }

        public DateTimeOffset? LeaseUntil { get; set; }
    }
}
