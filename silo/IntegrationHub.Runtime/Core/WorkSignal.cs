namespace IntegrationHub.Runtime.Core;

/// <summary>Wakes a polling worker early when this silo itself produced work for it.</summary>
internal sealed class WorkSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Nudge()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already nudged by another thread: one wake-up is enough.
            }
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await signal.WaitAsync(timeout, cancellationToken);
}
