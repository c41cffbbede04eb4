using System.Collections.Concurrent;

namespace IntegrationHub.Identity.Tokens;

/// <summary>
/// <see cref="IAssertionReplayLedger"/> in this process's memory: enough for one node (the local hub), not for a
/// cluster. Used ids are swept once they expire. Thread-safe.
/// </summary>
public sealed class InMemoryAssertionReplayLedger(TimeProvider timeProvider) : IAssertionReplayLedger
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<(string Issuer, string JwtId), DateTimeOffset> _used = new();
    private long _uses;

    /// <inheritdoc/>
    public ValueTask<bool> TryUseAsync(string issuer, string jwtId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        ArgumentException.ThrowIfNullOrEmpty(jwtId);
        var now = timeProvider.GetUtcNow();
        if (Interlocked.Increment(ref _uses) % SweepEvery == 0)
        {
            Sweep(now);
        }

        var key = (issuer, jwtId);
        if (_used.TryAdd(key, expiresAt))
        {
            return ValueTask.FromResult(true);
        }

        // A remembered id whose assertion has expired may be taken again (an expired assertion is refused before this).
        return ValueTask.FromResult(_used.TryGetValue(key, out var held) && held < now && _used.TryUpdate(key, expiresAt, held));
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, expiresAt) in _used)
        {
            if (expiresAt < now)
            {
                _used.TryRemove(new KeyValuePair<(string, string), DateTimeOffset>(key, expiresAt));
            }
        }
    }
}
