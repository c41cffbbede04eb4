using System.Collections.Concurrent;
using IntegrationHub.Store.Indexes;

namespace IntegrationHub.Silo.Tests.Store;

/// <summary>
/// The real index store behind a gate the test opens: the first write waits until <see cref="Release"/>, so the writes
/// that arrive meanwhile queue up; a write holding a row of the <see cref="Poison"/> partition fails (a store refusing a
/// transaction). Records how many rows each write to the store carried.
/// </summary>
internal sealed class HeldIndexStore(IIndexStore inner) : IIndexStore
{
    public const string Poison = "poison";

    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource firstWriteArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<int> WriteSizes { get; } = new();

    public Task FirstWriteArrived => firstWriteArrived.Task;

    public void Release() => released.TrySetResult();

    public Task<IReadOnlyList<IndexEntry>> QueryAsync(IndexQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);

    public async Task WriteAsync(IReadOnlyList<IndexEntry> entries, CancellationToken cancellationToken)
    {
        WriteSizes.Enqueue(entries.Count);
        firstWriteArrived.TrySetResult();
        await released.Task;
        if (entries.Any(e => e.Partition == Poison))
        {
            throw new InvalidOperationException("The store refused the transaction.");
        }

        await inner.WriteAsync(entries, cancellationToken);
    }
}
