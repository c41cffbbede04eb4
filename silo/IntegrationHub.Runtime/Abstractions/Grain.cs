using System.Text.Json;
using IntegrationHub.Runtime.Core;
using IntegrationHub.Runtime.Storage;

namespace IntegrationHub.Runtime;

/// <summary>
/// Base class of grain implementations. One activation per key per silo runs one turn at a time; whatever the grain
/// stages with <see cref="EmitEvent{T}"/> and the index methods is committed with its next state write (or at the end
/// of the turn), in one transaction.
/// </summary>
public abstract class Grain
{
    private readonly ActivationData activation;

    protected Grain()
    {
        activation = ActivationData.Constructing
            ?? throw new InvalidOperationException("Grains are created by the runtime, never with new.");
    }

    internal ActivationData Activation => activation;

    /// <summary>The key this activation was addressed with.</summary>
    protected string GrainKey => activation.Id.Key;

    protected GrainId GrainId => activation.Id;

    protected IGrainFactory GrainFactory => activation.Runtime.GrainFactory;

    protected TimeProvider TimeProvider => activation.Runtime.TimeProvider;

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Collect this activation when the current turn ends.</summary>
    protected void DeactivateOnIdle() => activation.DeactivateAfterTurn = true;

    /// <summary>A timer whose callback runs as a turn of this activation; it dies with the activation.</summary>
    protected IDisposable RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        activation.RegisterTimer(callback, dueTime, period);

    /// <summary>A durable reminder: it fires through <see cref="IRemindable"/> even after restarts, on whichever silo claims it.</summary>
    protected Task RegisterOrUpdateReminderAsync(string name, DateTimeOffset dueAt, TimeSpan? period, CancellationToken cancellationToken = default) =>
        activation.Runtime.RegisterReminderAsync(activation.Id, name, dueAt, period, cancellationToken);

    protected Task UnregisterReminderAsync(string name, CancellationToken cancellationToken = default) =>
        activation.Runtime.Reminders.RemoveAsync(activation.Id, name, cancellationToken);

    /// <summary>Stages an outbox event, committed with the next state write of this turn (or alone at its end).</summary>
    protected Guid EmitEvent<T>(string topic, T payload, Guid? id = null, DateTimeOffset? dueAt = null)
    {
        var now = TimeProvider.GetUtcNow();
        var message = new OutboxMessage(
            id ?? Guid.CreateVersion7(now),
            topic,
            JsonSerializer.Serialize(payload, activation.Runtime.Options.JsonOptions),
            now,
            dueAt ?? now);
        activation.Pending.Events.Add(message);
        return message.Id;
    }

    /// <summary>Stages a query row of this grain, committed with the next state write of this turn.</summary>
    protected void SetIndexEntry(string index, string entryKey, string partition, string sortKey, string? payload = null) =>
        activation.Pending.IndexUpserts.Add(new IndexEntry(index, entryKey, partition, sortKey, activation.Id, payload));

    protected void RemoveIndexEntry(string index, string entryKey) =>
        activation.Pending.IndexRemovals.Add(new IndexRemoval(index, entryKey));
}
