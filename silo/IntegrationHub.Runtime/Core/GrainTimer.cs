namespace IntegrationHub.Runtime.Core;

/// <summary>A grain timer on the silo's <see cref="TimeProvider"/>; each tick is a turn of its activation.</summary>
internal sealed class GrainTimer : IDisposable
{
    private readonly ActivationData activation;
    private readonly Func<CancellationToken, Task> callback;
    private readonly ITimer timer;
    private int running;

    public GrainTimer(ActivationData activation, Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        this.activation = activation;
        this.callback = callback;
        timer = activation.Runtime.TimeProvider.CreateTimer(static s => ((GrainTimer)s!).Tick(), this, dueTime, period);
    }

    public void Dispose()
    {
        timer.Dispose();
        activation.RemoveTimer(this);
    }

    private void Tick()
    {
        // A tick that comes while the previous one still waits for its turn is skipped, as in Orleans.
        if (Interlocked.Exchange(ref running, 1) == 1)
        {
            return;
        }

        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        try
        {
            await activation.RunTimerTickAsync(callback);
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }
}
