using System.Collections.Concurrent;
using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Core;

/// <summary>Everything activations of one silo share: the catalog, the stores, the clock, the grain factory.</summary>
internal sealed class SiloRuntime
{
    private readonly ConcurrentDictionary<Type, ObjectFactory> activators = new();
    private readonly CancellationTokenSource stopping = new();
    private volatile bool killed;

    public SiloRuntime(
        IServiceProvider services,
        GrainRuntimeOptions options,
        GrainTypeRegistry types,
        IGrainStorage storage,
        IReminderTable reminders,
        TimeProvider timeProvider,
        ILogger<SiloRuntime> logger)
    {
        Services = services;
        Options = options;
        Types = types;
        Storage = storage;
        Reminders = reminders;
        TimeProvider = timeProvider;
        Logger = logger;
        Catalog = new Catalog(this);
        GrainFactory = new GrainFactory(this);
    }

    public IServiceProvider Services { get; }

    public GrainRuntimeOptions Options { get; }

    public GrainTypeRegistry Types { get; }

    public IGrainStorage Storage { get; }

    public IReminderTable Reminders { get; }

    public TimeProvider TimeProvider { get; }

    public ILogger Logger { get; }

    public Catalog Catalog { get; }

    public GrainFactory GrainFactory { get; }

    public WorkSignal OutboxSignal { get; } = new();

    public WorkSignal ReminderSignal { get; } = new();

    /// <summary>
    /// Held while this silo fires reminders or delivers outbox events, so that a drain (the simulation clock,
    /// /sim/notifications) returns only after work already claimed by this silo's own workers is done.
    /// </summary>
    public SemaphoreSlim DueWorkGate { get; } = new(1, 1);

    /// <summary>Cancelled when the silo stops or is killed; every background I/O path observes it.</summary>
    public CancellationToken Stopping => stopping.Token;

    public async Task<int> RunGatedAsync(Func<CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        await DueWorkGate.WaitAsync(cancellationToken);
        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            DueWorkGate.Release();
        }
    }

    public ObjectFactory GetActivator(GrainTypeInfo type) =>
        activators.GetOrAdd(type.ImplementationType, static (implementation, t) =>
            ActivatorUtilities.CreateFactory(implementation, [.. t.States.Select(s => typeof(IPersistentState<>).MakeGenericType(s.StateType))]), type);

    public async Task RegisterReminderAsync(GrainId grain, string name, DateTimeOffset dueAt, TimeSpan? period, CancellationToken cancellationToken)
    {
        await Reminders.UpsertAsync(grain, name, dueAt, period, cancellationToken);
        ReminderSignal.Nudge();
    }

    public void ThrowIfKilled()
    {
        if (killed)
        {
            throw new ObjectDisposedException("silo", "This silo was stopped.");
        }
    }

    public void SignalStopping() => stopping.Cancel();

    /// <summary>Simulates a crash: no more calls, no deactivation, no cleanup; leases simply run out.</summary>
    public void Kill()
    {
        killed = true;
        stopping.Cancel();
    }
}
