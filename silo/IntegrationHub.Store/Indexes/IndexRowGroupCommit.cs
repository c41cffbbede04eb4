namespace IntegrationHub.Store.Indexes;

/// <summary>
/// Rows that must be durable before an answer leaves (the audit trail), written by many callers at once as one
/// transaction: while one transaction commits, the rows that arrive wait and go together in the next. Each caller's
/// task completes only when the transaction holding its rows has committed, so nothing a caller was told is written is
/// lost on a crash. A transaction that fails is tried again row set by row set, so one caller's failure is no other's.
/// </summary>
public sealed class IndexRowGroupCommit(IIndexStore store)
{
    private readonly Lock gate = new();
    private List<Pending> waiting = [];
    private bool writing;

    /// <summary>Writes <paramref name="rows"/> with whatever other callers write meanwhile; completes once they are committed.</summary>
    /// <remarks>
    /// Cancellation only stops the wait: rows already handed over may still commit (an audit row of an answer that did not
    /// leave records more, never less).
    /// </remarks>
    public Task WriteAsync(IReadOnlyList<IndexEntry> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        var pending = new Pending(rows, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (gate)
        {
            waiting.Add(pending);
            lead = !writing;
            writing = true;
        }

        if (lead)
        {
            _ = Task.Run(WriteAllAsync, CancellationToken.None);
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteAllAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (gate)
            {
                if (waiting.Count == 0)
                {
                    writing = false;
                    return;
                }

                batch = waiting;
                waiting = [];
            }

            await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<Pending> batch)
    {
        try
        {
            await store.WriteAsync(batch.Count == 1 ? batch[0].Rows : [.. batch.SelectMany(p => p.Rows)], CancellationToken.None);
            foreach (var pending in batch)
            {
                pending.Done.TrySetResult();
            }

            return;
        }
        catch (Exception exception) when (batch.Count == 1)
        {
            batch[0].Done.TrySetException(exception);
            return;
        }
        catch (Exception)
        {
            // Tried again alone below: each caller learns the fate of its own rows.
        }

        foreach (var pending in batch)
        {
            try
            {
                await store.WriteAsync(pending.Rows, CancellationToken.None);
                pending.Done.TrySetResult();
            }
            catch (Exception exception)
            {
                pending.Done.TrySetException(exception);
            }
        }
    }

    private sealed record Pending(IReadOnlyList<IndexEntry> Rows, TaskCompletionSource Done);
}
