using IntegrationHub.Runtime;

namespace IntegrationHub.Runtime.Tests.Grains;

public sealed class TickerGrain : Grain, ITickerGrain
{
    private IDisposable? timer;
    private int ticks;
    private int inside;

    public Task StartAsync(TimeSpan period)
    {
        timer = RegisterGrainTimer(TickAsync, period, period);
        return Task.CompletedTask;
    }

    public Task StopAsync()
    {
        timer?.Dispose();
        return Task.CompletedTask;
    }

    public async Task<int> GetTicksAsync()
    {
        EnterTurn();
        await Task.Yield();
        Volatile.Write(ref inside, 0);
        return ticks;
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        EnterTurn();
        await Task.Yield();
        ticks++;
        Volatile.Write(ref inside, 0);
    }

    private void EnterTurn()
    {
        if (Interlocked.Exchange(ref inside, 1) != 0)
        {
            throw new InvalidOperationException("A timer tick overlapped a call.");
        }
    }
}
