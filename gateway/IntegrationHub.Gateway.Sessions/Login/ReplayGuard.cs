using System.Collections.Concurrent;

namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary>
/// Remembers the ids of used assertions until they expire, so a captured assertion cannot open a second session on
/// this gateway. Assertions without an id are refused.
/// </summary>
internal sealed class ReplayGuard(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> used = new(StringComparer.Ordinal);
    private long uses;

    public bool TryUse(string? jwtId, DateTimeOffset expiresAt)
    {
        if (string.IsNullOrEmpty(jwtId))
        {
            return false;
        }

        if (Interlocked.Increment(ref uses) % 1024 == 0)
        {
            Sweep();
        }

        return used.TryAdd(jwtId, expiresAt);
    }

    private void Sweep()
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (id, expiresAt) in used)
        {
            // Kept a minute past expiry: the validator allows that much clock skew.
            if (expiresAt < now - TimeSpan.FromMinutes(1))
            {
                used.TryRemove(id, out _);
            }
        }
    }
}
