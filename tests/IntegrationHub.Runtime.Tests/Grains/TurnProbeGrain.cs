using IntegrationHub.Runtime;

namespace IntegrationHub.Runtime.Tests.Grains;

public sealed class TurnProbeGrain : Grain, ITurnProbeGrain
{
    private int inside;
    private int completed;
    private long pings;

    public async Task<int> EnterAsync(int yieldCount)
    {
        if (Interlocked.Exchange(ref inside, 1) != 0)
        {
            throw new InvalidOperationException("Two turns overlapped.");
        }

        for (var i = 0; i < yieldCount; i++)
        {
            // Leaves the thread, as I/O would: another turn could only start here if turns were reentrant.
            await Task.Yield();
        }

        completed++;
        Volatile.Write(ref inside, 0);
        return completed;
    }

    public Task<int> GetCompletedAsync() => Task.FromResult(completed);

    public Task<long> PingAsync() => Task.FromResult(++pings);
}
