namespace IntegrationHub.Store.Outbox;

/// <summary>
/// Wakes this process's outbox worker when a grain here put events in the outbox, so that delivery does not wait for
/// the next poll; workers on other silos find them at their next poll.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Pulse()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already pulsed: one wake-up is enough.
            }
        }
    }

    /// <summary>Waits for a pulse or the poll interval, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan pollInterval, CancellationToken cancellationToken) =>
        await signal.WaitAsync(pollInterval, cancellationToken);
}
