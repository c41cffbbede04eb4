using IntegrationHub.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Core;

/// <summary>
/// One activation of one grain on this silo. Turns run one at a time and are not reentrant: a turn lasts until the
/// task its method returned has completed, awaits included. The gate is a FIFO semaphore, so callers are served in
/// arrival order and an idle activation runs a call on the caller's own thread.
/// </summary>
internal sealed class ActivationData
{
    [ThreadStatic]
    private static ActivationData? constructing;

    private readonly SemaphoreSlim turnGate = new(1, 1);
    private readonly List<IPersistentStateSlot> states = [];
    private readonly List<GrainTimer> timers = [];
    private Grain? grain;
    private int waitingOrRunning;
    private long lastUsedTicks;

    public ActivationData(SiloRuntime runtime, GrainId id, GrainTypeInfo type)
    {
        Runtime = runtime;
        Id = id;
        Type = type;
        lastUsedTicks = runtime.TimeProvider.GetUtcNow().UtcTicks;
    }

    /// <summary>The activation whose grain is being constructed on this thread (read by the Grain constructor).</summary>
    public static ActivationData? Constructing => constructing;

    public SiloRuntime Runtime { get; }

    public GrainId Id { get; }

    public GrainTypeInfo Type { get; }

    public ActivationStatus Status { get; private set; } = ActivationStatus.Created;

    public PendingChanges Pending { get; } = new();

    public bool DeactivateAfterTurn { get; set; }

    public bool IsBusy => Volatile.Read(ref waitingOrRunning) > 0;

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref lastUsedTicks), TimeSpan.Zero);

    public async Task<T> InvokeAsync<T>(Func<Grain, object?[], Task<T>> call, object?[] arguments)
    {
        var instance = await EnterTurnAsync();
        var succeeded = false;
        try
        {
            var result = await call(instance, arguments);
            await FlushPendingAsync();
            succeeded = true;
            return result;
        }
        finally
        {
            await ExitTurnAsync(succeeded);
        }
    }

    public async Task InvokeAsync(Func<Grain, object?[], Task> call, object?[] arguments)
    {
        var instance = await EnterTurnAsync();
        var succeeded = false;
        try
        {
            await call(instance, arguments);
            await FlushPendingAsync();
            succeeded = true;
        }
        finally
        {
            await ExitTurnAsync(succeeded);
        }
    }

    /// <summary>Commits a state write with everything staged in this turn; called by the activation's persistent states.</summary>
    public async Task<long> CommitAsync(StateWrite? write, CancellationToken cancellationToken)
    {
        var commit = Pending.ToCommit(write);
        long version;
        try
        {
            version = await Runtime.Storage.CommitAsync(commit, cancellationToken);
        }
        catch (InconsistentStateException)
        {
            // Another activation wrote first: this one's memory is stale and must not serve again.
            Retire();
            throw;
        }

        Pending.Clear();
        if (commit.Events.Count > 0)
        {
            Runtime.OutboxSignal.Nudge();
        }

        return version;
    }

    public long KnownVersion(string stateName)
    {
        foreach (var state in states)
        {
            if (state.Name == stateName)
            {
                return state.Version;
            }
        }

        return 0;
    }

    /// <summary>Deactivates when the gate is free: waits for the running turn and the callers queued before it.</summary>
    public async Task DeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await turnGate.WaitAsync(cancellationToken);
        try
        {
            await DeactivateInsideTurnAsync(reason, cancellationToken);
        }
        finally
        {
            turnGate.Release();
        }
    }

    public IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback, dueTime, period);
        timers.Add(timer);
        return timer;
    }

    public void RemoveTimer(GrainTimer timer) => timers.Remove(timer);

    /// <summary>Runs a timer tick as a turn; a tick that finds the activation gone is dropped.</summary>
    public async Task RunTimerTickAsync(Func<CancellationToken, Task> callback)
    {
        await turnGate.WaitAsync();
        try
        {
            if (Status != ActivationStatus.Active)
            {
                return;
            }

            await callback(Runtime.Stopping);
            await FlushPendingAsync();
        }
        catch (Exception exception)
        {
            Pending.Clear();
            RuntimeLog.TimerFailed(Runtime.Logger, Id.Type, exception);
        }
        finally
        {
            turnGate.Release();
        }
    }

    private async ValueTask<Grain> EnterTurnAsync()
    {
        Interlocked.Increment(ref waitingOrRunning);
        try
        {
            await turnGate.WaitAsync();
        }
        catch
        {
            Interlocked.Decrement(ref waitingOrRunning);
            throw;
        }

        if (Status == ActivationStatus.Deactivated)
        {
            Interlocked.Decrement(ref waitingOrRunning);
            turnGate.Release();
            throw new ActivationDeactivatedException();
        }

        if (grain is null)
        {
            try
            {
                await ActivateAsync();
            }
            catch
            {
                Retire();
                Interlocked.Decrement(ref waitingOrRunning);
                turnGate.Release();
                throw;
            }
        }

        return grain!;
    }

    private async Task ExitTurnAsync(bool succeeded)
    {
        if (!succeeded)
        {
            Pending.Clear();
        }

        Interlocked.Exchange(ref lastUsedTicks, Runtime.TimeProvider.GetUtcNow().UtcTicks);
        try
        {
            if (DeactivateAfterTurn && Status == ActivationStatus.Active)
            {
                await DeactivateInsideTurnAsync(DeactivationReason.ApplicationRequested, CancellationToken.None);
            }
        }
        finally
        {
            Interlocked.Decrement(ref waitingOrRunning);
            turnGate.Release();
        }
    }

    private async Task FlushPendingAsync()
    {
        if (!Pending.IsEmpty)
        {
            await CommitAsync(null, Runtime.Stopping);
        }
    }

    private async Task ActivateAsync()
    {
        var factory = Runtime.GetActivator(Type);
        var arguments = new object[Type.States.Count];
        for (var i = 0; i < Type.States.Count; i++)
        {
            var slot = Type.States[i];
            var state = (IPersistentStateSlot)Activator.CreateInstance(
                typeof(PersistentState<>).MakeGenericType(slot.StateType), this, slot.Name)!;
            states.Add(state);
            arguments[i] = state;
        }

        constructing = this;
        try
        {
            grain = (Grain)factory(Runtime.Services, arguments);
        }
        finally
        {
            constructing = null;
        }

        foreach (var state in states)
        {
            await state.ReadStateAsync(Runtime.Stopping);
        }

        Status = ActivationStatus.Active;
        await grain.OnActivateAsync(Runtime.Stopping);
        await FlushPendingAsync();
    }

    private async Task DeactivateInsideTurnAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (Status == ActivationStatus.Deactivated)
        {
            return;
        }

        try
        {
            if (grain is not null && Status == ActivationStatus.Active)
            {
                await grain.OnDeactivateAsync(reason, cancellationToken);
                await FlushPendingAsync();
            }
        }
        catch (Exception exception)
        {
            RuntimeLog.DeactivationFailed(Runtime.Logger, Id.Type, reason, exception);
        }
        finally
        {
            Retire();
        }
    }

    /// <summary>Takes the activation out of service at once: later callers find it gone and activate afresh.</summary>
    private void Retire()
    {
        Status = ActivationStatus.Deactivated;
        foreach (var timer in timers.ToArray())
        {
            timer.Dispose();
        }

        timers.Clear();
        Runtime.Catalog.Remove(this);
    }
}
